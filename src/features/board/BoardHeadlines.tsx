import { formatCount } from '../../analytics/trends/ukNumberFormat';
import { Fragment, useState } from 'react';
import type { BoardFigures } from '../../reports/board-breakdowns';
import type { BoardHeadline } from '../../reports/board-report';

interface Props {
  headlines: readonly BoardHeadline[];
  marker: string;
  currentHeading: string;
  previousHeading: string;
}

/** The headline change for each category, in words and in figures. */
export function BoardHeadlines({ headlines, marker, currentHeading, previousHeading }: Props) {
  // A breakdown by crime type is long: the board member opens it.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (category: string) =>
    setOpened((now) => {
      const next = new Set(now);
      if (!next.delete(category)) next.add(category);
      return next;
    });
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
          {headlines.map((h) => {
            const lines = h.breakdown?.shown === true ? h.breakdown : null;
            const folds = lines?.by === 'crimeType';
            const open = !folds || opened.has(h.category);
            return (
              <Fragment key={h.category}>
                <tr>
                  <th scope="row">
                    {h.label}
                    {folds && (
                      <button
                        type="button"
                        className="open-types"
                        aria-expanded={open}
                        onClick={() => toggle(h.category)}
                      >
                        {open ? 'Hide crime types' : 'By crime type'}
                      </button>
                    )}
                  </th>
                  <FigureCells line={h} marker={marker} />
                </tr>
                {open &&
                  lines?.lines.map((line) => (
                    <tr key={line.category} className="subcategory" data-testid="board-subcategory">
                      <th scope="row">
                        <span className="visually-hidden">{h.label}: </span>
                        {line.label}
                      </th>
                      <FigureCells line={line} marker={marker} />
                    </tr>
                  ))}
                {h.breakdown?.shown === false && (
                  <tr className="subcategory">
                    <th scope="row">Its sub-categories</th>
                    <td colSpan={3}>{h.breakdown.reason}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Before, now and the change of a headline or one of its sub-categories. */
function FigureCells({ line, marker }: { line: BoardFigures; marker: string }) {
  const figure = (value: number | null, noData: boolean) =>
    noData ? 'no data' : value === null ? marker : formatCount(value);
  return (
    <>
      <td className="num">{figure(line.previous, line.noData.previous)}</td>
      <td className="num">{figure(line.current, line.noData.current)}</td>
      <td className="num">
        {line.verdict === 'notComparable'
          ? 'not like for like'
          : line.percentChange === null
            ? '–'
            : `${line.percentChange > 0 ? '+' : line.percentChange < 0 ? '−' : ''}${Math.abs(line.percentChange).toFixed(1)}%`}
      </td>
    </>
  );
}
