import type { PeriodComparison } from '../../analytics/trends/periodComparison';
import { formatCountOrNoData, formatRatio } from '../../analytics/trends/ukNumberFormat';
import type { ComparisonKind } from '../../analytics/trends/comparisonWindows';

/** Column headings for the four comparisons. */
export const COMPARISON_HEADINGS: Record<ComparisonKind, string> = {
  monthOnMonth: 'This month vs last month',
  sameMonthLastYear: 'vs same month last year',
  yearToDate: 'Year to date vs last year',
  rolling12Months: '12 months vs previous 12',
};

/** A comparison as short cell texts: counts, signed percentage, rate ratio and its verdict. */
export interface ComparisonCellText {
  counts: string;
  percent: string;
  ratio: string;
  verdict: string;
  /** CSS modifier for the verdict. */
  tone: 'rise' | 'fall' | 'neutral' | 'caution';
}

/** Formats one comparison for a table cell. */
export function comparisonCellText(c: PeriodComparison): ComparisonCellText {
  const percent =
    c.percentChange === null
      ? '–'
      : `${c.percentChange > 0 ? '+' : c.percentChange < 0 ? '−' : ''}${Math.abs(c.percentChange).toFixed(1)}%`;
  const { estimate, lower, upper } = c.rateRatio;
  const ratio = Number.isFinite(estimate)
    ? `RR ${formatRatio(estimate)} (${formatRatio(lower)}–${Number.isFinite(upper) ? formatRatio(upper) : '∞'})`
    : 'RR –';
  return {
    counts: `${formatCountOrNoData(c.current.count)} vs ${formatCountOrNoData(c.previous.count)}`,
    percent,
    ratio,
    verdict: VERDICTS[c.verdict],
    tone:
      c.verdict === 'significantRise'
        ? 'rise'
        : c.verdict === 'significantFall'
          ? 'fall'
          : c.verdict === 'withinNormalVariation'
            ? 'neutral'
            : 'caution',
  };
}

const VERDICTS: Record<PeriodComparison['verdict'], string> = {
  notComparable: 'not like for like',
  smallNumbers: 'small numbers',
  significantRise: 'significant rise',
  significantFall: 'significant fall',
  withinNormalVariation: 'normal variation',
};
