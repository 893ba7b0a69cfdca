import type { DisclosedTable } from '../../analytics/disclosure/disclosureControl';
import { hiddenFigures } from '../../reports/board-csv';

/** Why each figure of a published table is hidden, in words, under the table. */
export function HiddenFiguresNote({ table }: { table: DisclosedTable }) {
  const figures = hiddenFigures(table);
  if (figures.length === 0) return null;
  const small = figures.filter((f) => f.small).length;
  const protecting = figures.filter((f) => !f.small);
  return (
    <div className="hidden-figures" data-testid="hidden-figures">
      {small > 0 && (
        <p>
          {table.smallMarker}: hidden: fewer than {table.largestHidden + 1} incidents ({small}{' '}
          {small === 1 ? 'figure' : 'figures'}).
        </p>
      )}
      {protecting.length > 0 && (
        <details open={protecting.length <= 6}>
          <summary>
            {table.marker}: {protecting.length} {protecting.length === 1 ? 'figure' : 'figures'}{' '}
            hidden so that another cannot be worked out
          </summary>
          <ul>
            {protecting.map((f) => (
              <li key={f.name} data-testid="hidden-reason">
                {f.name}: {f.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
