import { monthLabel } from '../../analytics/months';
import { formatCount } from '../../analytics/trends/ukNumberFormat';
import type { CategoryTrendDetail } from '../../reports/trends-report';

/** The last twelve months of a category against the average of the same month in earlier years. */
export function SeasonalTable({
  trend,
  reportingMonth,
}: {
  trend: CategoryTrendDetail;
  reportingMonth: string;
}) {
  const end = trend.seasonal.findIndex((p) => p.month === reportingMonth);
  const rows = trend.seasonal.slice(Math.max(0, end - 11), end + 1);
  return (
    <table className="table seasonal-table" data-testid="seasonal-table">
      <caption>
        {trend.label}: each month against the average of the same month in earlier years with data
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">
            Incidents
          </th>
          <th scope="col" className="num">
            Same month before (average)
          </th>
          <th scope="col" className="num">
            Difference
          </th>
          <th scope="col">Years averaged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.month}>
            <th scope="row">{monthLabel(p.month)}</th>
            <td className="num">{p.count === null ? 'no data' : formatCount(p.count)}</td>
            <td className="num">
              {p.sameMonthAverage === null ? '–' : p.sameMonthAverage.toFixed(1)}
            </td>
            <td className="num">
              {p.percentDifference === null
                ? '–'
                : `${p.percentDifference > 0 ? '+' : ''}${p.percentDifference.toFixed(1)}%`}
            </td>
            <td>{p.monthsAveraged.join(', ') || 'none'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
