import type { DisclosureCell } from '../../analytics/disclosure/disclosureControl';
import { displayCell, hiddenReason } from '../../analytics/disclosure/disclosureControl';
import { formatCount } from '../../analytics/trends/ukNumberFormat';
import type { BoardHeadline } from '../../reports/board-report';

interface Props {
  headlines: readonly BoardHeadline[];
  caption: string;
  firstHeading: string;
  currentHeading: string;
  previousHeading: string;
  testId?: string;
}

const MARKERS = { marker: '*', smallMarker: '<5' };

function Figure({
  value,
  noData,
  hidden,
}: {
  value: number | null;
  noData: boolean;
  hidden: DisclosureCell | null;
}) {
  if (noData) return <>no data</>;
  if (value !== null) return <>{formatCount(value)}</>;
  if (!hidden) return <>–</>;
  const reason = hiddenReason(hidden, 4);
  return (
    <span title={reason ?? undefined}>
      <span aria-hidden="true">{displayCell(hidden, MARKERS)}</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}

function change(h: BoardHeadline): string {
  if (h.verdict === 'notComparable') return 'not like for like';
  if (h.percentChange === null) return '–';
  const sign = h.percentChange > 0 ? '+' : h.percentChange < 0 ? '−' : '';
  return `${sign}${Math.abs(h.percentChange).toFixed(1)}%`;
}

/** Category figures of the two periods and the change; parts (sub-categories) indented. */
export function HeadlineFigures(props: Props) {
  const { headlines, caption, firstHeading, currentHeading, previousHeading, testId } = props;
  return (
    <table className="table board-figures" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstHeading}</th>
          <th scope="col" className="num">
            {previousHeading}
          </th>
          <th scope="col" className="num">
            {currentHeading}
          </th>
          <th scope="col" className="num">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {headlines.map((h) => (
          <tr
            key={`${h.parent ?? ''}/${h.category}`}
            className={h.parent ? 'board-part' : undefined}
          >
            <th scope="row">{h.label}</th>
            <td className="num">
              <Figure value={h.previous} noData={h.noData.previous} hidden={h.hidden.previous} />
            </td>
            <td className="num">
              <Figure value={h.current} noData={h.noData.current} hidden={h.hidden.current} />
            </td>
            <td className="num">{change(h)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
