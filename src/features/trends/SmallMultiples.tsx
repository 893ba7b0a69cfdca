import { useMemo } from 'react';
import type { ComparisonKind } from '../../analytics/trends/comparisonWindows';
import { EChart } from '../../components/EChart';
import { categoryById } from '../../sql/taxonomy';
import type { CategoryTrendDetail } from '../../reports/trends-report';
import { smallMultipleOption } from './small-multiple-option';

interface Props {
  trends: readonly CategoryTrendDetail[];
  reportingMonth: string;
}

/** One small monthly chart per category, on its own scale, with its headline sentence below. */
export function SmallMultiples({ trends, reportingMonth }: Props) {
  return (
    <div className="small-multiples" data-testid="small-multiples">
      {trends.map((trend) => (
        <SmallMultiple key={trend.category} trend={trend} reportingMonth={reportingMonth} />
      ))}
    </div>
  );
}

function SmallMultiple({
  trend,
  reportingMonth,
}: {
  trend: CategoryTrendDetail;
  reportingMonth: string;
}) {
  const colour = categoryById(trend.category)?.colour ?? '#7f7f7f';
  const sentence = trend.sentences[headlineKind(trend)];
  const option = useMemo(
    () => smallMultipleOption(trend, colour, reportingMonth, sentence),
    [trend, colour, reportingMonth, sentence],
  );
  return (
    <figure className="small-multiple">
      <EChart option={option} testId={`trend-small-${trend.category}`} height={150} />
      <figcaption>{sentence}</figcaption>
    </figure>
  );
}

const PREFERENCE: readonly ComparisonKind[] = [
  'rolling12Months',
  'yearToDate',
  'sameMonthLastYear',
  'monthOnMonth',
];

/** The longest comparison that is like for like; the rolling year (saying why not) when none is. */
export function headlineKind(trend: CategoryTrendDetail): ComparisonKind {
  return PREFERENCE.find((kind) => !trend.comparisons[kind].incomplete) ?? 'rolling12Months';
}
