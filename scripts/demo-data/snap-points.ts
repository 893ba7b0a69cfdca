/**
 * The fixed set of anonymisation snap points (street centres and public places), police.uk style.
 * Incidents are moved to the nearest snap point before they are written. Every snap point stays at
 * least MARGIN metres from any 250 m cell edge, so its cell does not depend on how a reader
 * projects the 6-decimal longitude/latitude back to the grid.
 */
import { fromBng } from '../../src/ingest/bng';
import { CELL_SIZE, EXTENT, cellKey, cellOf, type CellIndex } from './borough';
import { samplePopulationPoint } from './population-surface';
import type { Rng } from './prng';
import { PLACE_LABELS, makeStreetNames } from './street-names';

/** One snap point. */
export interface SnapPoint {
  id: number;
  easting: number;
  northing: number;
  /** Longitude and latitude as written (6 decimals). */
  longitude: string;
  latitude: string;
  /** Text after "On or near ". */
  place: string;
  cell: CellIndex;
  /** Index into the borough's LSOAs. */
  lsoaIndex: number;
}

/** Number of snap points drawn from the population surface (planted cells add a few more). */
export const SNAP_POINT_COUNT = 3000;
const STREET_COUNT = 720;
const MARGIN = 15;
const MIN_PER_PLANTED_CELL = 3;

/** Builds the snap points; `lsoaAt` places each in an LSOA, `requiredCells` get at least three. */
export function buildSnapPoints(
  rng: Rng,
  lsoaAt: (easting: number, northing: number) => number,
  requiredCells: readonly CellIndex[],
): SnapPoint[] {
  const names = makeStreetNames(rng, STREET_COUNT);
  const streets = names.map((name) => {
    const [e, n] = rng.chance(0.8) ? samplePopulationPoint(rng, 0.7) : uniformPoint(rng);
    return { name, e, n };
  });
  const coords: [number, number][] = [];
  while (coords.length < SNAP_POINT_COUNT) {
    const [e, n] = rng.chance(0.85) ? samplePopulationPoint(rng, 0.8) : uniformPoint(rng);
    if (clearOfCellEdges(e, n)) coords.push([Math.round(e), Math.round(n)]);
  }
  for (const cell of requiredCells) {
    const inCell = coords.filter(([e, n]) => cellKey(cellOf(e, n)) === cellKey(cell)).length;
    for (let k = inCell; k < MIN_PER_PLANTED_CELL; k++) {
      const e = cell.ix * CELL_SIZE + rng.uniform(MARGIN + 5, CELL_SIZE - MARGIN - 5);
      const n = cell.iy * CELL_SIZE + rng.uniform(MARGIN + 5, CELL_SIZE - MARGIN - 5);
      coords.push([Math.round(e), Math.round(n)]);
    }
  }
  return coords.map(([e, n], id) => {
    const [lon, lat] = fromBng(e, n);
    const place = rng.chance(0.08) ? rng.pick(PLACE_LABELS) : nearestStreet(streets, e, n);
    const lsoaIndex = lsoaAt(e, n);
    if (lsoaIndex < 0) throw new Error(`snap point ${e},${n} is outside every LSOA`);
    return {
      id,
      easting: e,
      northing: n,
      longitude: lon.toFixed(6),
      latitude: lat.toFixed(6),
      place,
      cell: cellOf(e, n),
      lsoaIndex,
    };
  });
}

function uniformPoint(rng: Rng): [number, number] {
  return [rng.uniform(EXTENT.minE, EXTENT.maxE), rng.uniform(EXTENT.minN, EXTENT.maxN)];
}

function clearOfCellEdges(e: number, n: number): boolean {
  const re = Math.round(e) % CELL_SIZE;
  const rn = Math.round(n) % CELL_SIZE;
  return (
    re >= MARGIN &&
    re <= CELL_SIZE - MARGIN &&
    rn >= MARGIN &&
    rn <= CELL_SIZE - MARGIN &&
    e > EXTENT.minE + MARGIN &&
    e < EXTENT.maxE - MARGIN &&
    n > EXTENT.minN + MARGIN &&
    n < EXTENT.maxN - MARGIN
  );
}

function nearestStreet(
  streets: readonly { name: string; e: number; n: number }[],
  e: number,
  n: number,
): string {
  let best = '';
  let bestD = Infinity;
  for (const s of streets) {
    const d = (s.e - e) ** 2 + (s.n - n) ** 2;
    if (d < bestD) {
      bestD = d;
      best = s.name;
    }
  }
  return best;
}
