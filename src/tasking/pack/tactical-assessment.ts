import type { MonthId } from '../tasking-state';

/** The three comparisons the tactical assessment reads, in order. */
export type AssessmentComparisonKind = 'monthOnMonth' | 'sameMonthLastYear' | 'rolling12Months';

export const ASSESSMENT_COMPARISONS: readonly AssessmentComparisonKind[] = [
  'monthOnMonth',
  'sameMonthLastYear',
  'rolling12Months',
];

/** Column headings of the comparisons, as the pack prints them. */
export const ASSESSMENT_COMPARISON_LABELS: Record<AssessmentComparisonKind, string> = {
  monthOnMonth: 'This month vs last month',
  sameMonthLastYear: 'This month vs same month last year',
  rolling12Months: 'Rolling 12 months vs the 12 before',
};

/** One period's count; null when no month of the period has data (never shown as 0). */
export interface AssessmentPeriod {
  from: MonthId;
  to: MonthId;
  count: number | null;
  /** Months of the period with no data (left out of the count). */
  missingMonths: MonthId[];
}

/** One comparison of one category: current against previous with an exact Poisson interval. */
export interface AssessmentComparison {
  current: AssessmentPeriod;
  previous: AssessmentPeriod;
  /** current/previous with its exact 95% interval; null when either period has no data or is 0/0. */
  rateRatio: { estimate: number; lower: number; upper: number } | null;
  /** The interval excludes 1 and both periods are complete. */
  significant: boolean;
  /** 'significantRise', 'significantFall', 'withinNormalVariation', 'smallNumbers', 'notComparable'. */
  verdict: string;
  /** The plain-English sentence of the trends report. */
  sentence: string;
}

/** The XmR exceedance of a category's monthly series at the meeting month. */
export interface AssessmentExceedance {
  /** 'concern' (rise), 'improvement' (fall), or null when the month is common-cause variation. */
  signal: 'concern' | 'improvement' | null;
  /** What the signal is, in words ("point above the upper process limit"), or why there is none. */
  description: string;
}

/** One category's figures for the meeting month. */
export interface AssessmentCategory {
  category: string;
  label: string;
  /** The broader category of a sub-category (e.g. 'asb' for 'asb-nuisance'). */
  parent: string | null;
  comparisons: Record<AssessmentComparisonKind, AssessmentComparison>;
  exceedance: AssessmentExceedance;
}

/** Figures by category for the meeting month: what item 2 of the agenda reads. */
export interface TacticalAssessment {
  month: MonthId;
  categories: AssessmentCategory[];
  /** Months with no data from some source between the first and last month of the data. */
  missingMonths: MonthId[];
  /** Sources and the months each covers, in words. */
  sources: string[];
}
