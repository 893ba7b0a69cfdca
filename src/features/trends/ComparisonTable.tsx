import type { CategoryTrend } from '../../reports/trends-report';
import { COMPARISON_KINDS } from '../../reports/trends-report';
import { COMPARISON_HEADINGS, comparisonCellText } from './comparison-format';

interface Props {
  trends: readonly CategoryTrend[];
  /** Heading of the first column ('Category' or 'Area'). */
  rowHeading: string;
  rowLabel: (trend: CategoryTrend) => string;
  caption: string;
  testId?: string;
  onSelect?: (trend: CategoryTrend) => void;
}

/**
 * Each row: the four comparisons with counts, % change, rate ratio and exact 95% interval, and
 * what may be said about it. Each cell's title is the full sentence.
 */
export function ComparisonTable({
  trends,
  rowHeading,
  rowLabel,
  caption,
  testId,
  onSelect,
}: Props) {
  return (
    <table className="table comparison-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {COMPARISON_KINDS.map((kind) => (
            <th key={kind} scope="col">
              {COMPARISON_HEADINGS[kind]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => (
          <tr key={`${trend.category}|${trend.area ?? ''}`}>
            <th scope="row">
              {onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(trend)}>
                  {rowLabel(trend)}
                </button>
              ) : (
                rowLabel(trend)
              )}
            </th>
            {COMPARISON_KINDS.map((kind) => {
              const text = comparisonCellText(trend.comparisons[kind]);
              return (
                <td key={kind} title={trend.sentences[kind]} className="comparison-cell">
                  <span className="num">{text.counts}</span> <strong>{text.percent}</strong>
                  <br />
                  <span className="muted">{text.ratio}</span>{' '}
                  <span className={`verdict verdict-${text.tone}`}>{text.verdict}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
