import { COMPARISON_KINDS } from '../../reports/trends-report';
import type { CategoryTrend } from '../../reports/trends-report';
import type { ExportContext } from '../../reports/export-context';
import { csvWithContext } from '../../reports/export-context';
import { COMPARISON_HEADINGS, comparisonCellText } from './comparison-format';

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(2)) : null);

/**
 * The comparison table as CSV under its header block: per comparison the two counts ("no data",
 * never 0, for a period without data), the % change, the rate ratio with its exact 95% interval
 * and the verdict in words.
 */
export function trendsTableCsv(
  context: ExportContext,
  trends: readonly CategoryTrend[],
  rowHeading: string,
  rowLabel: (trend: CategoryTrend) => string,
): string {
  const heading = [
    rowHeading,
    ...COMPARISON_KINDS.flatMap((kind) =>
      ['now', 'before', '% change', 'rate ratio', '95% CI lower', '95% CI upper', 'verdict'].map(
        (part) => `${COMPARISON_HEADINGS[kind]}: ${part}`,
      ),
    ),
  ];
  const rows = trends.map((trend) => [
    rowLabel(trend),
    ...COMPARISON_KINDS.flatMap((kind) => {
      const c = trend.comparisons[kind];
      return [
        c.current.count ?? 'no data',
        c.previous.count ?? 'no data',
        c.percentChange === null ? null : round(c.percentChange),
        round(c.rateRatio.estimate),
        round(c.rateRatio.lower),
        round(c.rateRatio.upper),
        comparisonCellText(c).verdict,
      ];
    }),
  ]);
  return csvWithContext(context, [heading, ...rows]);
}
