import type { ExportContext } from '../export-context';
import { csvWithContext } from '../export-context';
import type { RepeatLocationsReport } from '../repeat-locations-report';
import type { CellShape } from './hotspot-params';

/** A top cell as listed: rank order, its place name (or just the index) and its values. */
export interface TopCellRow {
  ix: number;
  iy: number;
  place: string;
  count: number;
  /** The method's value in words or figures (density, Gi* z, pattern); '' for counts. */
  value: string | number;
}

/**
 * Top cells as CSV under the context block: rank, place, the cell index and (squares) its
 * south-west corner in BNG metres, so the cell can be found again in a GIS.
 */
export function topCellsCsv(
  context: ExportContext,
  rows: readonly TopCellRow[],
  shape: CellShape,
  cellSize: number,
  valueHeading: string,
  exportedAt?: Date,
): string {
  const square = shape === 'square';
  const header = [
    'Rank',
    'Place',
    square ? 'Cell ix' : 'Hexagon q',
    square ? 'Cell iy' : 'Hexagon r',
    'Cell size (m)',
    ...(square ? ['SW corner easting', 'SW corner northing'] : []),
    'Incidents',
    ...(valueHeading ? [valueHeading] : []),
  ];
  const table = rows.map((row, i) => [
    i + 1,
    row.place,
    row.ix,
    row.iy,
    cellSize,
    ...(square ? [row.ix * cellSize, row.iy * cellSize] : []),
    row.count,
    ...(valueHeading ? [row.value] : []),
  ]);
  return csvWithContext(context, [header, ...table], exportedAt);
}

/** Repeat locations (places or streets) as CSV under the context block. */
export function repeatLocationsCsv(
  context: ExportContext,
  report: RepeatLocationsReport,
  exportedAt?: Date,
): string {
  const last = report.lastThreeMonths.join(' ');
  const previous = report.previousThreeMonths.join(' ') || 'none';
  const header = [
    'Rank',
    report.kind === 'street' ? 'Street' : 'Place',
    'Incidents',
    `Last 3 months (${last})`,
    `Previous 3 months (${previous})`,
    `Trend (Mann-Kendall, p < ${report.trendAlpha})`,
    'Kendall tau',
    'p',
    'Map points',
  ];
  const table = report.locations.map((l, i) => [
    i + 1,
    l.name,
    l.total,
    l.lastThree,
    report.previousThreeMonths.length > 0 ? l.previousThree : null,
    l.trend.direction,
    Number(l.trend.tau.toFixed(3)),
    Number(l.trend.p.toFixed(4)),
    l.points,
  ]);
  return csvWithContext(context, [header, ...table], exportedAt);
}
