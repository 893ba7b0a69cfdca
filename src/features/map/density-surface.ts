import { cellCentre } from '../../analytics/hotspots/cellGrid';
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

/**
 * Quartic kernel density of incidents per km² per month on a British National Grid raster,
 * with the default bandwidth rule; cells with almost nothing are left out. Each location
 * weighs its count of incidents, so the work grows with locations, not incidents; the
 * surface is that of one point per incident.
 */
export function densitySurface(points: MapPoints, months: number): DensitySurface | null {
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
  const values = Array.from(density, (d) => d * perKm2PerMonth).filter((v) => v > 0);
  values.sort((a, b) => a - b);
  const high = values[Math.floor(0.995 * (values.length - 1))] ?? 0;
  const half = grid.cellSize / 2;
  const cells: DensityCell[] = [];
  for (let i = 0; i < density.length; i++) {
    const value = (density[i] ?? 0) * perKm2PerMonth;
    if (!(value > high / 40)) continue;
    const [e, n] = cellCentre(grid, i);
    cells.push({
      value,
      polygon: [
        fromBng(e - half, n - half),
        fromBng(e + half, n - half),
        fromBng(e + half, n + half),
        fromBng(e - half, n + half),
      ],
    });
  }
  return { cells, high, cellSize: grid.cellSize, bandwidthRule: bandwidth.rule };
}
