import { formatCount } from '../../analytics/trends/ukNumberFormat';
import type { BoardHeadline } from '../../reports/board-report';

interface Props {
  headlines: readonly BoardHeadline[];
  marker: string;
  currentHeading: string;
  previousHeading: string;
}

/** The headline change for each category, in words and in figures. */
export function BoardHeadlines({ headlines, marker, currentHeading, previousHeading }: Props) {
  const figure = (value: number | null, noData: boolean) =>
    noData ? 'no data' : value === null ? marker : formatCount(value);
  return (
    <section className="board-headlines" data-testid="board-headlines">
      <h2>Headlines</h2>
      <ul className="sentences">
        {headlines.map((h) => (
          <li key={h.category} data-testid="board-headline">
            {h.sentence}
          </li>
        ))}
      </ul>
      <table className="table board-figures">
        <caption className="visually-hidden">Headline figures by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
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
            <tr key={h.category}>
              <th scope="row">{h.label}</th>
              <td className="num">{figure(h.previous, h.noData.previous)}</td>
              <td className="num">{figure(h.current, h.noData.current)}</td>
              <td className="num">
                {h.verdict === 'notComparable'
                  ? 'not like for like'
                  : h.percentChange === null
                    ? '–'
                    : `${h.percentChange > 0 ? '+' : h.percentChange < 0 ? '−' : ''}${Math.abs(h.percentChange).toFixed(1)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
