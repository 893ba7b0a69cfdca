import { addMonths, monthRange } from '../../analytics/months';
import type { MonthId } from '../../tasking/tasking-state';

/** The recent and baseline windows of a meeting month. */
export interface CandidateWindows {
  dataMonth: MonthId;
  /** Calendar months of each window, oldest first (with or without data). */
  recentWindow: MonthId[];
  baselineWindow: MonthId[];
  /** The months of each window that have data. */
  recent: MonthId[];
  baseline: MonthId[];
  /** Months of the windows without data. */
  missing: MonthId[];
}

/**
 * The windows of a meeting: recent = `recentMonths` calendar months ending at the data month
 * (the latest month with data at or before the meeting month), baseline = the `baselineMonths`
 * before them. Null when no month with data is at or before the meeting month.
 */
export function candidateWindows(
  coveredMonths: readonly MonthId[],
  meetingMonth: MonthId,
  recentMonths: number,
  baselineMonths: number,
): CandidateWindows | null {
  const covered = new Set(coveredMonths);
  const dataMonth = [...covered]
    .filter((m) => m <= meetingMonth)
    .sort()
    .at(-1);
  if (!dataMonth) return null;
  const firstRecent = addMonths(dataMonth, -(recentMonths - 1));
  const recentWindow = monthRange(firstRecent, dataMonth);
  const baselineWindow =
    baselineMonths > 0
      ? monthRange(addMonths(firstRecent, -baselineMonths), addMonths(firstRecent, -1))
      : [];
  return {
    dataMonth,
    recentWindow,
    baselineWindow,
    recent: recentWindow.filter((m) => covered.has(m)),
    baseline: baselineWindow.filter((m) => covered.has(m)),
    missing: [...baselineWindow, ...recentWindow].filter((m) => !covered.has(m)),
  };
}
