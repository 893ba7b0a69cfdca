import type { RateRatioInterval } from '../analytics/trends/poissonRateRatio';
import type { MonthId } from './tasking-state';

/** Counts of one zone (target, buffer ring, control) before and after tasking. */
export interface ZoneCounts {
  before: number;
  after: number;
  /** after/before per month with its exact Poisson interval; null without months on both sides. */
  rateRatio: RateRatioInterval | null;
}

/**
 * A target's before/after record: months since it was tasked against the same number of months
 * with data just before, in the target (R), a buffer ring (B) and the rest of the study area (C).
 * Months without data are left out of both periods, never counted as zero.
 */
export interface TargetBeforeAfter {
  targetId: string;
  taskedMonth: MonthId | null;
  beforeMonths: MonthId[];
  afterMonths: MonthId[];
  /** Months in either period with no data at all (named, and left out). */
  missingMonths: MonthId[];
  target: ZoneCounts;
  buffer: ZoneCounts & { widthMetres: number };
  control: ZoneCounts;
  /**
   * Weighted Displacement Quotient (Bowers & Johnson 2003); null when it is not meaningful
   * (the target did not improve relative to the control, or a count is zero).
   */
  wdq: number | null;
  /** Incidents per month in the target, both periods, null where no data. */
  monthly: { month: MonthId; count: number | null }[];
  /** Caveats in words: short periods, seasonality, missing months, WDQ not meaningful… */
  caveats: string[];
}
