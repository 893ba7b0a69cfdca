import type { DisclosedTable } from '../../analytics/disclosure/disclosureControl';
import { PublishedFigure } from './BoardAreaTable';

const COLUMNS = 3;

/**
 * A long area table for print only, its rows in three side-by-side tables so that the board
 * keeps to one A4 landscape page (the screen shows the one scrolling table).
 */
export function PrintColumns(props: {
  table: DisclosedTable;
  areaHeading: string;
  caption: string;
}) {
  const { table, areaHeading, caption } = props;
  const perColumn = Math.ceil((table.rowLabels.length + 1) / COLUMNS);
  const rows = [
    ...table.rowLabels.map((label, r) => ({
      label,
      cells: [...(table.cells[r] ?? []), table.rowTotals[r]],
    })),
    { label: 'Total', cells: [...table.columnTotals, table.grandTotal] },
  ];
  const chunks = Array.from({ length: COLUMNS }, (_, i) =>
    rows.slice(i * perColumn, (i + 1) * perColumn),
  ).filter((chunk) => chunk.length > 0);
  return (
    <div className="board-print-columns" aria-hidden="true">
      <p className="board-print-caption">{caption}</p>
      {chunks.map((chunk, i) => (
        <table key={i} className="table">
          <thead>
            <tr>
              <th>{areaHeading}</th>
              {table.columnLabels.map((label) => (
                <th key={label} className="num">
                  {label}
                </th>
              ))}
              <th className="num">{table.totalLabel ?? 'Total'}</th>
            </tr>
          </thead>
          <tbody>
            {chunk.map((row) => (
              <tr key={row.label}>
                <th>{row.label}</th>
                {row.cells.map((cell, c) => (
                  <td key={c} className="num">
                    <PublishedFigure cell={cell} table={table} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
