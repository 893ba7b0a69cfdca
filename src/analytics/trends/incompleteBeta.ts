/**
 * The regularised incomplete beta function I_x(a, b) and its inverse, accurate to about 1e-12,
 * which is what exact binomial and Poisson confidence intervals are built from
 * (R's `pbeta` and `qbeta`).
 */

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const CONTINUED_FRACTION_LIMIT = 10_000;
const RELATIVE_TOLERANCE = 1e-15;
const TINY = 1e-300;

/** Natural logarithm of the gamma function for x > 0 (Lanczos approximation, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0] as number;
  for (let k = 1; k < LANCZOS_COEFFICIENTS.length; k++) {
    series += (LANCZOS_COEFFICIENTS[k] as number) / (z + k);
  }
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * I_x(a, b) = B(x; a, b) / B(a, b) for 0 ≤ x ≤ 1 and a, b > 0: the probability that a
 * Beta(a, b) variable is at most x. Evaluated by the continued fraction (modified Lentz) on
 * whichever side of the mean converges fast, using I_x(a, b) = 1 − I_(1−x)(b, a) for the other.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedIncompleteBeta(1 - x, b, a);
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
}

/** Density of Beta(a, b) at x. */
export function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return x === 0 && a < 1 ? Infinity : x === 1 && b < 1 ? Infinity : 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/**
 * The x in [0, 1] with I_x(a, b) = p (R's `qbeta(p, a, b)`): Newton steps on the beta density,
 * kept inside a shrinking bracket and replaced by bisection whenever they would leave it.
 */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  let low = 0;
  let high = 1;
  let x = a / (a + b);
  for (let iteration = 0; iteration < 1000; iteration++) {
    const excess = regularizedIncompleteBeta(x, a, b) - p;
    if (excess === 0) return x;
    if (excess < 0) low = x;
    else high = x;
    let next = x - excess / betaDensity(x, a, b);
    if (!(next > low && next < high)) next = low + (high - low) / 2;
    if (Math.abs(next - x) <= RELATIVE_TOLERANCE * x || high - low <= RELATIVE_TOLERANCE * high) {
      return next;
    }
    x = next;
  }
  return x;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const avoidZero = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / avoidZero(1 - ((a + b) * x) / (a + 1));
  let fraction = d;
  for (let m = 1; m <= CONTINUED_FRACTION_LIMIT; m++) {
    const twoM = 2 * m;
    const evenTerm = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 / avoidZero(1 + evenTerm * d);
    c = avoidZero(1 + evenTerm / c);
    fraction *= d * c;
    const oddTerm = -((a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 / avoidZero(1 + oddTerm * d);
    c = avoidZero(1 + oddTerm / c);
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < RELATIVE_TOLERANCE) break;
  }
  return fraction;
}
