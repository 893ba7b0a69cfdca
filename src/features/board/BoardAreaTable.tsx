import type { DisclosedTable, DisclosureCell } from '../../analytics/disclosure/disclosureControl';
import { displayCell, hiddenReason } from '../../analytics/disclosure/disclosureControl';
import { ScrollRegion } from '../../components/ScrollRegion';
import { HiddenFiguresNote } from './HiddenFiguresNote';
import { PrintColumns } from './PrintColumns';

/** Tables longer than this print in three columns. */
const PRINT_ROWS = 12;

interface Props {
  table: DisclosedTable;
  caption: string;
  areaHeading: string;
  testId?: string;
}

/** A published count: the figure, or its marker with the reason as its accessible name. */
export function PublishedFigure({
  cell,
  table,
}: {
  cell: DisclosureCell | undefined;
  table: DisclosedTable;
}) {
  if (!cell) return null;
  const reason = hiddenReason(cell, table.largestHidden);
  if (reason === null) return <>{displayCell(cell, table)}</>;
  return (
    <span title={reason}>
      <span aria-hidden="true">{displayCell(cell, table)}</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}

/** An area × category table as published: hidden values show a marker, the reasons below. */
export function BoardAreaTable({
  table,
  caption,
  areaHeading,
  testId = 'board-area-table',
}: Props) {
  return (
    <section className={table.rowLabels.length > PRINT_ROWS ? 'board-areas long' : 'board-areas'}>
      {table.rowLabels.length > PRINT_ROWS && (
        <PrintColumns table={table} areaHeading={areaHeading} caption={caption} />
      )}
      <ScrollRegion className="board-table-scroll" label={caption}>
        <table className="table" data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{areaHeading}</th>
              {table.columnLabels.map((label) => (
                <th key={label} scope="col" className="num">
                  {label}
                </th>
              ))}
              <th scope="col" className="num">
                {table.totalLabel ?? 'Total'}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rowLabels.map((label, r) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {(table.cells[r] ?? []).map((cell, c) => (
                  <td key={c} className="num">
                    <PublishedFigure cell={cell} table={table} />
                  </td>
                ))}
                <td className="num">
                  <PublishedFigure cell={table.rowTotals[r]} table={table} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {table.columnTotals.map((cell, c) => (
                <td key={c} className="num">
                  <PublishedFigure cell={cell} table={table} />
                </td>
              ))}
              <td className="num">
                <PublishedFigure cell={table.grandTotal} table={table} />
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <HiddenFiguresNote table={table} />
    </section>
  );
}
