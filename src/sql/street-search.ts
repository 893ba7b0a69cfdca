import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import { sqlString } from './literals';

const STREET = "trim(regexp_replace(location, '^On or near ', ''))";

/**
 * Streets and places whose name contains `text` (any case, taken literally), with their
 * incidents and the BNG points they are recorded at: `points` is "easting northing" pairs in
 * whole metres joined by ";", for drawing the street as a target's geometry.
 */
export function streetSearchSql(text: string, filter: IncidentFilter, limit = 20): string {
  return `SELECT ${STREET} AS street, count(*)::INTEGER AS count,
  count(DISTINCT (easting, northing))::INTEGER AS point_count,
  string_agg(DISTINCT round(easting)::BIGINT::VARCHAR || ' ' || round(northing)::BIGINT::VARCHAR, ';') AS points
FROM incidents
WHERE unlocated_reason IS NULL AND location IS NOT NULL AND easting IS NOT NULL
  AND contains(lower(${STREET}), lower(${sqlString(text)})) AND ${whereIncidents(filter)}
GROUP BY 1 ORDER BY count DESC, street LIMIT ${Math.trunc(limit)}`;
}
