import type { DisclosedTable, DisclosureCell } from '../../analytics/disclosure/disclosureControl';
import { displayCell } from '../../analytics/disclosure/disclosureControl';
import { ScrollRegion } from '../../components/ScrollRegion';

interface Props {
  table: DisclosedTable;
  caption: string;
  areaHeading: string;
}

/** The area × category table as published: hidden values show the marker, the rule below. */
export function BoardAreaTable({ table, caption, areaHeading }: Props) {
  const show = (cell: DisclosureCell | undefined) => {
    if (!cell) return '';
    if (cell.shown) return displayCell(cell, table.marker);
    return (
      <abbr className="hidden-figure" title={table.hiddenTitle}>
        {table.marker}
      </abbr>
    );
  };
  return (
    <section className="board-areas">
      <ScrollRegion className="board-table-scroll" label={caption}>
        <table className="table" data-testid="board-area-table">
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
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rowLabels.map((label, r) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {(table.cells[r] ?? []).map((cell, c) => (
                  <td key={c} className="num">
                    {show(cell)}
                  </td>
                ))}
                <td className="num">{show(table.rowTotals[r])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {table.columnTotals.map((cell, c) => (
                <td key={c} className="num">
                  {show(cell)}
                </td>
              ))}
              <td className="num">{show(table.grandTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="disclosure-notice" data-testid="disclosure-notice">
        {table.notice}
      </p>
    </section>
  );
}
