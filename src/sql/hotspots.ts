import type { CountingPair } from './counting-sources';
import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import type { CountedRelation } from './incident-cube';
import { INCIDENT_ROWS } from './incident-cube';

/** Months since year 0 (year·12 + month − 1), the same index as `monthIndex` in analytics/months. */
const MONTH_INDEX = '(year(month) * 12 + month(month) - 1)::INTEGER';

/**
 * The located incidents of a filter as columns for the hotspot engine: British National Grid
 * `easting`, `northing` (metres) and `month_index` (year·12 + month − 1). Unlocated rows are left
 * out here and counted by {@link hotspotUnlocatedSql}, so none disappears silently.
 */
export function hotspotPointsSql(filter: IncidentFilter): string {
  return `SELECT easting, northing, ${MONTH_INDEX} AS month_index
FROM incidents
WHERE unlocated_reason IS NULL AND easting IS NOT NULL AND northing IS NOT NULL
  AND ${whereIncidents(filter)}`;
}

/** Incidents of the filter that could not be placed on the grid, for the report beside the map. */
export function hotspotUnlocatedSql(filter: IncidentFilter): string {
  return `SELECT count(*)::INTEGER AS unlocated FROM incidents
WHERE (unlocated_reason IS NOT NULL OR easting IS NULL OR northing IS NULL)
  AND ${whereIncidents(filter)}`;
}

/**
 * The part of a filter that decides which months hold data: its month range and sources, under
 * the default counting choice (any category, any area).
 */
export function coverageOf(filter: IncidentFilter): IncidentFilter {
  return {
    fromMonth: filter.fromMonth ?? null,
    toMonth: filter.toMonth ?? null,
    sources: filter.sources ?? [],
  };
}

/** What the caller already has for {@link coverageOf}'s filter: its counting pairs, the cube. */
export interface CoverageKnown {
  countingPairs?: readonly CountingPair[];
  relation?: CountedRelation;
}

/**
 * The months inside the filter's month range that hold any data at all (any category, any area):
 * the time steps of a space-time analysis. A month with data but no incident of the chosen
 * categories is a true zero; a month absent from this list is missing, not zero.
 */
export function coveredMonthsSql(filter: IncidentFilter, known: CoverageKnown = {}): string {
  const coverage: IncidentFilter = {
    ...coverageOf(filter),
    ...(known.countingPairs && { countingPairs: known.countingPairs }),
  };
  return `SELECT DISTINCT strftime(month, '%Y-%m') AS month FROM ${(known.relation ?? INCIDENT_ROWS).table}
WHERE ${whereIncidents(coverage)} ORDER BY 1`;
}

/** One grid cell: BNG cell indexes (floor(easting / size), floor(northing / size)) and its size. */
export interface GridCellRef {
  ix: number;
  iy: number;
  cellSize: number;
}

function insideCell(cell: GridCellRef): string {
  const size = Number(cell.cellSize);
  return `floor(easting / ${size}) = ${Math.trunc(cell.ix)} AND floor(northing / ${size}) = ${Math.trunc(cell.iy)}`;
}

/** The incidents of one cell, newest first: month, type, category and location text. */
export function cellIncidentsSql(filter: IncidentFilter, cell: GridCellRef, limit = 500): string {
  return `SELECT strftime(month, '%Y-%m') AS month,
  strftime(occurred_at, '%Y-%m-%d %H:%M') AS occurred_at,
  original_type AS type, category, location
FROM incidents
WHERE unlocated_reason IS NULL AND ${insideCell(cell)} AND ${whereIncidents(filter)}
ORDER BY month DESC, occurred_at DESC NULLS LAST, location
LIMIT ${Math.trunc(limit)}`;
}

/** Counts by top-level category in one cell (the category mix). */
export function cellCategoryMixSql(filter: IncidentFilter, cell: GridCellRef): string {
  return `SELECT coalesce(c.parent, i.category) AS category, count(*)::INTEGER AS count
FROM incidents i LEFT JOIN categories c ON c.id = i.category
WHERE i.unlocated_reason IS NULL AND ${insideCell(cell)} AND ${whereIncidents(filter)}
GROUP BY 1 ORDER BY 2 DESC`;
}

/** Counts by month in one cell (months with no incidents in the cell are absent). */
export function cellMonthlySql(filter: IncidentFilter, cell: GridCellRef): string {
  return `SELECT strftime(month, '%Y-%m') AS month, count(*)::INTEGER AS count
FROM incidents
WHERE unlocated_reason IS NULL AND ${insideCell(cell)} AND ${whereIncidents(filter)}
GROUP BY 1 ORDER BY 1`;
}
