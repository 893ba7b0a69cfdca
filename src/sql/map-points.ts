import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';

/** Incidents per location (police.uk snap point or exact point), for the point and density layers. */
export function mapPointsSql(filter: IncidentFilter): string {
  return `SELECT longitude, latitude, any_value(easting) AS easting, any_value(northing) AS northing,
  count(*)::INTEGER AS count, any_value(location) AS location
FROM incidents WHERE unlocated_reason IS NULL AND ${whereIncidents(filter)}
GROUP BY longitude, latitude`;
}

/**
 * The colour-scale ceiling: a high quantile of incidents per location per month over ALL months
 * (ignoring the month filter), so the scale stays put when the month range changes.
 */
export function mapScaleSql(filter: IncidentFilter): string {
  const allMonths = { ...filter, fromMonth: null, toMonth: null };
  return `WITH per_point AS (
  SELECT count(*) AS n FROM incidents
  WHERE unlocated_reason IS NULL AND ${whereIncidents(allMonths)} GROUP BY longitude, latitude
), months AS (
  SELECT count(DISTINCT month) AS m FROM incidents WHERE ${whereIncidents(allMonths)}
)
SELECT coalesce(quantile_cont(n, 0.99), 1)::DOUBLE / greatest((SELECT m FROM months), 1) AS per_month_ceiling,
  coalesce(max(n), 1)::DOUBLE / greatest((SELECT m FROM months), 1) AS per_month_max
FROM per_point`;
}

/** Districts from police.uk LSOA names ("Chesterfield 001A" → "Chesterfield"), for the area filter. */
export const DISTRICTS_SQL = `SELECT regexp_extract(lsoa_name, '^(.*) [0-9]{3}[A-Z]$', 1) AS district,
  count(*)::INTEGER AS count
FROM incidents WHERE lsoa_name IS NOT NULL GROUP BY 1 HAVING district <> '' ORDER BY 1`;
