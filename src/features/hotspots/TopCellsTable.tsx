import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import type { CellFeature } from './cell-layers';
import type { CellShape, GridMethod } from '../../reports/hotspots/hotspot-params';
import { cellPlaceLabel } from '../../reports/hotspots/cell-place-names';
import { openingRow } from '../../components/opening-row';
import { ScrollRegion } from '../../components/ScrollRegion';

interface Props {
  method: GridMethod;
  /** Hexagons are listed by their axial (q, r) index. */
  shape: CellShape;
  cells: readonly CellFeature[];
  selected: { ix: number; iy: number } | null;
  onSelect: (cell: CellFeature) => void;
  /** Street names of the listed cells, keyed "ix,iy" (absent while they load or unnamed). */
  names: ReadonlyMap<string, string>;
  /** True while the street names are being looked up. */
  namesPending: boolean;
}

/** The cells the table lists: busiest (or most significant) first. */
export function topCells(method: GridMethod, cells: readonly CellFeature[], limit = 25) {
  const rank = (c: CellFeature) => (method === 'patterns' ? c.count : c.value);
  return [...cells].sort((a, b) => rank(b) - rank(a)).slice(0, limit);
}

export const VALUE_HEADING: Record<GridMethod, string> = {
  grid: '',
  kde: 'per km²',
  gistar: 'Gi* z',
  patterns: 'pattern',
};

export function valueText(method: GridMethod, cell: CellFeature): string {
  if (method === 'kde') return cell.value.toFixed(0);
  if (method === 'gistar') return cell.value.toFixed(2);
  if (method === 'patterns') return EMERGING_PATTERN_RULES[cell.code]?.label ?? '';
  return '';
}

/** The busiest (or most significant) cells; a click frames the cell and opens its incidents. */
export function TopCellsTable({
  method,
  shape,
  cells,
  selected,
  onSelect,
  names,
  namesPending,
}: Props) {
  const top = topCells(method, cells);
  return (
    <ScrollRegion className="hotspot-table" label="Top cells">
      <table className="table" data-testid="top-cells" aria-busy={namesPending}>
        <thead>
          <tr>
            <th>#</th>
            {shape === 'hexagon' ? (
              <th title="Named by its streets; axial hexagon index (q, r) on the BNG lattice">
                Place (hexagon)
              </th>
            ) : (
              <th title="Named by its streets; BNG cell index: floor(easting / size), floor(northing / size)">
                Place (cell)
              </th>
            )}
            <th className="num">Incidents</th>
            {VALUE_HEADING[method] && (
              <th className={method === 'patterns' ? '' : 'num'}>{VALUE_HEADING[method]}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {top.map((cell, i) => (
            <tr
              key={`${cell.ix},${cell.iy}`}
              aria-selected={selected?.ix === cell.ix && selected.iy === cell.iy}
              {...openingRow(() => onSelect(cell))}
            >
              <td>{i + 1}</td>
              <td>{cellPlaceLabel(cell, names.get(`${cell.ix},${cell.iy}`), shape)}</td>
              <td className="num">{cell.count}</td>
              {VALUE_HEADING[method] && (
                <td className={method === 'patterns' ? '' : 'num'}>{valueText(method, cell)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {top.length === 0 && <p className="muted">No cells to list.</p>}
    </ScrollRegion>
  );
}
