import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { countGrid } from '../../analytics/hotspots/countGrid';
import { kdeBandwidth } from '../../analytics/hotspots/kdeBandwidth';
import { kdeQuartic } from '../../analytics/hotspots/kdeQuartic';
import { fromBng } from '../../ingest/bng';
import type { MapPoints } from '../../queries/map-points';

export interface DensityCell {
  /** Cell corners in longitude/latitude (British National Grid square, projected back). */
  polygon: [number, number][];
  /** Incidents per km² per month. */
  value: number;
}

export interface DensitySurface {
  cells: DensityCell[];
  /** The highest-but-a-few value: the top of a fixed colour scale. */
  high: number;
  cellSize: number;
  bandwidthRule: string;
}

/** The density values of every cell (incidents per km² per month) and their colour top. */
interface DensityValues {
  grid: CountGrid;
  values: Float64Array;
  high: number;
  bandwidthRule: string;
}

/**
 * Quartic kernel density of incidents per km² per month on a British National Grid raster,
 * with the default bandwidth rule; cells with almost nothing are left out. Each location
 * weighs its count of incidents, so the work grows with locations, not incidents; the
 * surface is that of one point per incident.
 */
export function densitySurface(points: MapPoints, months: number): DensitySurface | null {
  const density = densityValues(points, months);
  if (!density) return null;
  const { grid, values, high } = density;
  const corner = cornerProjector(grid);
  const cells: DensityCell[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!(value > high / 40)) continue;
    const col = i % grid.nx;
    const row = (i - col) / grid.nx;
    cells.push({
      value,
      polygon: [
        corner(col, row),
        corner(col + 1, row),
        corner(col + 1, row + 1),
        corner(col, row + 1),
      ],
    });
  }
  return { cells, high, cellSize: grid.cellSize, bandwidthRule: density.bandwidthRule };
}

/** The top of the colour scale of {@link densitySurface}, without drawing its cells. */
export function densityHigh(points: MapPoints, months: number): number | null {
  return densityValues(points, months)?.high ?? null;
}

function densityValues(points: MapPoints, months: number): DensityValues | null {
  if (points.length === 0) return null;
  const eastings = points.easting.subarray(0, points.length);
  const northings = points.northing.subarray(0, points.length);
  const weights = points.count.subarray(0, points.length);
  const { grid } = countGrid(eastings, northings, { weights });
  if (grid.nx === 0 || grid.ny === 0) return null;
  const bandwidth = kdeBandwidth(eastings, northings, 'mean-of-axes', 1, weights);
  const { density } = kdeQuartic(eastings, northings, grid, {
    bandwidth: bandwidth.bandwidth,
    weights,
  });
  const perKm2PerMonth = 1e6 / Math.max(1, months);
  const values = density.map((d) => d * perKm2PerMonth);
  const positive = values.filter((v) => v > 0).sort();
  const high = positive[Math.floor(0.995 * (positive.length - 1))] ?? 0;
  return { grid, values, high, bandwidthRule: bandwidth.rule };
}

/** Longitude/latitude of the grid's cell corners, each projected once however many cells share it. */
function cornerProjector(grid: CountGrid): (col: number, row: number) => [number, number] {
  const projected = new Map<number, [number, number]>();
  return (col, row) => {
    const key = row * (grid.nx + 1) + col;
    let lonLat = projected.get(key);
    if (!lonLat) {
      lonLat = fromBng((grid.x0 + col) * grid.cellSize, (grid.y0 + row) * grid.cellSize);
      projected.set(key, lonLat);
    }
    return lonLat;
  };
}
