import { hexBins } from '../../analytics/hotspots/hexBins';
import type { DuckConnector } from '../../db/connector';
import type { BngBox } from '../../sql/cell-places';
import { locationsInBoxesSql } from '../../sql/cell-places';
import type { IncidentFilter } from '../../sql/filters';
import { clusterName } from '../tasking/candidate-names';
import { hexRadiusForCell } from './hex-cells';
import type { CellShape } from './hotspot-params';

/** A drawn cell by its index: square (ix, iy) or hexagon axial (q, r). */
export interface CellIndex {
  ix: number;
  iy: number;
}

const SQRT3 = Math.sqrt(3);
const cellKey = (ix: number, iy: number) => `${ix},${iy}`;

/** The BNG box around a cell (a hexagon's box is the square around its circumcircle). */
function cellBox(cell: CellIndex, shape: CellShape, cellSize: number): BngBox {
  if (shape === 'square')
    return {
      minE: cell.ix * cellSize,
      minN: cell.iy * cellSize,
      maxE: (cell.ix + 1) * cellSize,
      maxN: (cell.iy + 1) * cellSize,
    };
  const radius = hexRadiusForCell(cellSize);
  const ce = SQRT3 * radius * (cell.ix + cell.iy / 2);
  const cn = 1.5 * radius * cell.iy;
  return { minE: ce - radius, minN: cn - radius, maxE: ce + radius, maxN: cn + radius };
}

/** The cell a point falls in, by the grid's own rule (floor for squares, hexBins for hexagons). */
function cellOf(e: number, n: number, shape: CellShape, cellSize: number): string {
  if (shape === 'square') return cellKey(Math.floor(e / cellSize), Math.floor(n / cellSize));
  const radius = hexRadiusForCell(cellSize);
  const bins = hexBins(Float64Array.of(e), Float64Array.of(n), radius, 'pointy');
  const ce = bins.centreEastings[0] as number;
  const cn = bins.centreNorthings[0] as number;
  const r = Math.round(cn / (1.5 * radius));
  return cellKey(Math.round(ce / (SQRT3 * radius) - r / 2), r);
}

/**
 * Names cells by their streets, as the tasking candidates are named ({@link clusterName}: the
 * most frequent street of the cell's incidents, and the second when it holds a quarter as many):
 * "Saltergate / Holywell Street". A cell whose incidents carry no location text is absent.
 */
export async function cellPlaceNames(
  db: DuckConnector,
  filter: IncidentFilter,
  cells: readonly CellIndex[],
  shape: CellShape,
  cellSize: number,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (cells.length === 0) return names;
  const rows = await db.query<{
    easting: number;
    northing: number;
    location: string;
    count: number;
  }>(
    locationsInBoxesSql(
      filter,
      cells.map((c) => cellBox(c, shape, cellSize)),
    ),
  );
  const wanted = new Set(cells.map((c) => cellKey(c.ix, c.iy)));
  const locationNames: string[] = [];
  const nameIndex = new Map<string, number>();
  const incidentsOf = new Map<string, number[]>();
  for (const row of rows) {
    const key = cellOf(row.easting, row.northing, shape, cellSize);
    if (!wanted.has(key)) continue;
    let at = nameIndex.get(row.location);
    if (at === undefined) {
      at = locationNames.push(row.location) - 1;
      nameIndex.set(row.location, at);
    }
    const list = incidentsOf.get(key) ?? [];
    for (let k = 0; k < row.count; k++) list.push(at);
    incidentsOf.set(key, list);
  }
  for (const [key, locations] of incidentsOf) {
    const locationIndex = Int32Array.from(locations);
    const members = locations.map((_, i) => i);
    const name = clusterName(members, locationIndex, locationNames, () => '');
    if (name) names.set(key, name);
  }
  return names;
}

/** "around Saltergate / Holywell Street (cell 2191, 1855)", or "cell 2191, 1855" unnamed. */
export function cellPlaceLabel(
  cell: CellIndex,
  name: string | undefined,
  shape: CellShape,
): string {
  const index = `${shape === 'hexagon' ? 'hexagon' : 'cell'} ${cell.ix}, ${cell.iy}`;
  return name ? `around ${name} (${index})` : index;
}
