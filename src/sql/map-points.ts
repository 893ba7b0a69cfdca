import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import type { CountedRelation } from './incident-cube';
import { INCIDENT_ROWS } from './incident-cube';

/** Incidents per location (police.uk snap point or exact point), for the point and density layers. */
export function mapPointsSql(filter: IncidentFilter): string {
  return `SELECT longitude, latitude, any_value(easting) AS easting, any_value(northing) AS northing,
  count(*)::INTEGER AS count, any_value(location) AS location
FROM incidents WHERE unlocated_reason IS NULL AND ${whereIncidents(filter)}
GROUP BY longitude, latitude`;
}

/** Months with any incident within the filter: the divisor of a per-month rate. */
export function monthsWithDataSql(
  filter: IncidentFilter,
  relation: CountedRelation = INCIDENT_ROWS,
): string {
  return `SELECT count(DISTINCT month)::INTEGER AS months FROM ${relation.table} WHERE ${whereIncidents(filter)}`;
}

/** Districts from police.uk LSOA names ("Chesterfield 001A" → "Chesterfield"), for the area filter. */
export const DISTRICTS_SQL = `SELECT regexp_extract(lsoa_name, '^(.*) [0-9]{3}[A-Z]$', 1) AS district,
  count(*)::INTEGER AS count
FROM incidents WHERE lsoa_name IS NOT NULL GROUP BY 1 HAVING district <> '' ORDER BY 1`;
