import { twoSidedNormalP } from './normalTail';

/** The Mann–Kendall trend test of one series. */
export interface MannKendallResult {
  /** Number of non-missing values used. */
  n: number;
  /** S = Σ_{i<j} sign(x_j − x_i). */
  s: number;
  /** Var(S) with the ties correction. */
  varS: number;
  /** (S − sign S)/√Var(S): normal approximation with continuity correction. */
  z: number;
  /** Two-sided p-value of z. */
  p: number;
  /** Kendall's tau-b of the series against time (time has no ties). */
  tau: number;
}

/**
 * Mann–Kendall test for a monotonic trend (Gilbert 1987, ch. 16):
 * Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups of size t;
 * tau = S / √([n(n−1)/2 − Σ t(t−1)/2] · n(n−1)/2), which is what R's
 * `cor.test(x, seq_along(x), method = "kendall")` reports. NaN values are skipped.
 */
export function mannKendall(series: ArrayLike<number>): MannKendallResult {
  const values: number[] = [];
  for (let i = 0; i < series.length; i++) {
    const v = series[i] as number;
    if (!Number.isNaN(v)) values.push(v);
  }
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const vi = values[i] as number;
    for (let j = i + 1; j < n; j++) s += Math.sign((values[j] as number) - vi);
  }
  const { varianceTies, pairTies } = tieTerms(values);
  const varS = (n * (n - 1) * (2 * n + 5) - varianceTies) / 18;
  const z = varS > 0 ? (s - Math.sign(s)) / Math.sqrt(varS) : 0;
  const pairs = (n * (n - 1)) / 2;
  const tauDenominator = Math.sqrt((pairs - pairTies) * pairs);
  return {
    n,
    s,
    varS,
    z,
    p: varS > 0 ? twoSidedNormalP(z) : 1,
    tau: tauDenominator > 0 ? s / tauDenominator : 0,
  };
}

function tieTerms(values: number[]): { varianceTies: number; pairTies: number } {
  const sorted = values.slice().sort((a, b) => a - b);
  let varianceTies = 0;
  let pairTies = 0;
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[start]) continue;
    const t = i - start;
    if (t > 1) {
      varianceTies += t * (t - 1) * (2 * t + 5);
      pairTies += (t * (t - 1)) / 2;
    }
    start = i;
  }
  return { varianceTies, pairTies };
}
