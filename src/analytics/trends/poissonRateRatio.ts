import { inverseRegularizedIncompleteBeta } from './incompleteBeta';

/** A rate ratio current/previous with its exact confidence interval. */
export interface RateRatioInterval {
  /** current/previous rate; Infinity when only the previous count is 0, NaN when both are. */
  estimate: number;
  lower: number;
  /** Infinity when the previous count is 0. */
  upper: number;
  /** e.g. 0.95 */
  confidenceLevel: number;
}

/** Options for {@link exactPoissonRateRatio}. */
export interface RateRatioOptions {
  confidenceLevel?: number;
  /** Exposure (e.g. number of months or population) of the current count; default 1. */
  currentExposure?: number;
  /** Exposure of the previous count; default 1. */
  previousExposure?: number;
}

/**
 * Exact (conditional) confidence interval for the ratio of two Poisson rates, as R's
 * `poisson.test(c(current, previous), c(currentExposure, previousExposure))`.
 *
 * Given n = current + previous, current ~ Binomial(n, p) with p = λc·Tc / (λc·Tc + λp·Tp).
 * Clopper–Pearson bounds on p, p_L = qbeta(α/2, x, n−x+1) and p_U = qbeta(1−α/2, x+1, n−x),
 * map to the rate ratio by RR = p/(1−p) · Tp/Tc.
 */
export function exactPoissonRateRatio(
  current: number,
  previous: number,
  options: RateRatioOptions = {},
): RateRatioInterval {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const exposureRatio = (options.previousExposure ?? 1) / (options.currentExposure ?? 1);
  const tail = (1 - confidenceLevel) / 2;
  const total = current + previous;
  const toRatio = (p: number): number => (p >= 1 ? Infinity : (p / (1 - p)) * exposureRatio);

  const lowerShare =
    current === 0 ? 0 : inverseRegularizedIncompleteBeta(tail, current, total - current + 1);
  const upperShare =
    current === total ? 1 : inverseRegularizedIncompleteBeta(1 - tail, current + 1, previous);
  return {
    estimate: total === 0 ? NaN : previous === 0 ? Infinity : (current / previous) * exposureRatio,
    lower: toRatio(lowerShare),
    upper: toRatio(upperShare),
    confidenceLevel,
  };
}

/** True when the interval lies wholly above or wholly below 1 (no change). */
export function excludesNoChange(interval: RateRatioInterval): boolean {
  return interval.lower > 1 || interval.upper < 1;
}
