/**
 * Tail probabilities of the standard normal distribution, accurate to ~1e-14 relative,
 * so that p-values agree with R's `pnorm` far beyond the precision the hotspot classes need.
 */

const SQRT_PI = Math.sqrt(Math.PI);
const SERIES_LIMIT = 2;
const CONTINUED_FRACTION_TERMS = 120;

/**
 * Complementary error function erfc(x) = 1 − erf(x).
 * Below 2 it uses the all-positive series erf(x) = 2/√π·e^(−x²)·Σ (2x²)ⁿ·x/(2n+1)!!
 * (no cancellation); above it the Laplace continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < SERIES_LIMIT) return 1 - erfBySeries(x);
  if (x > 27) return 0;
  let tail = x;
  for (let k = CONTINUED_FRACTION_TERMS; k >= 1; k--) tail = x + k / 2 / tail;
  return Math.exp(-x * x) / SQRT_PI / tail;
}

function erfBySeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum;
}

/** Upper tail P(Z > z) of the standard normal. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Two-sided p-value P(|Z| ≥ |z|) of a z-score, as R's `2 * pnorm(abs(z), lower.tail = FALSE)`. */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
