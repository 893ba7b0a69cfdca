/**
 * The months a ranking may learn from when it predicts `scored`: the covered months among the
 * `recentMonths + baselineMonths` calendar months just before it. Missing months are simply
 * absent, never zero: rates divide by the covered months only.
 */
export interface LookBack {
  scored: number;
  /** Covered months of the whole window, oldest first. */
  months: number[];
  /** Covered months among the last `recentMonths` before `scored`. */
  recent: number[];
  /** Covered months among the `baselineMonths` before the recent window. */
  baseline: number[];
}

/** The look-back of month `scored` (month indexes) given the covered months. */
export function lookBack(
  scored: number,
  coveredMonths: readonly number[],
  recentMonths: number,
  baselineMonths: number,
): LookBack {
  const recentStart = scored - recentMonths;
  const start = recentStart - baselineMonths;
  const months = coveredMonths.filter((m) => m >= start && m < scored).sort((a, b) => a - b);
  return {
    scored,
    months,
    recent: months.filter((m) => m >= recentStart),
    baseline: months.filter((m) => m < recentStart),
  };
}
