import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import { sqlString } from './literals';

const STREET = "trim(regexp_replace(location, '^On or near ', ''))";

/**
 * Streets and places whose name contains `text` (any case), with their incidents and the BNG
 * points they are recorded at: `points` is a list of [easting, northing] pairs, for drawing the
 * street as a target's geometry.
 */
export function streetSearchSql(text: string, filter: IncidentFilter, limit = 20): string {
  const pattern = `%${text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
  return `SELECT ${STREET} AS street, count(*)::INTEGER AS count,
  count(DISTINCT (easting, northing))::INTEGER AS point_count,
  to_json(list(DISTINCT [round(easting, 1), round(northing, 1)]))::VARCHAR AS points
FROM incidents
WHERE unlocated_reason IS NULL AND location IS NOT NULL AND easting IS NOT NULL
  AND ${STREET} ILIKE ${sqlString(pattern)} ESCAPE '\\' AND ${whereIncidents(filter)}
GROUP BY 1 ORDER BY count DESC, street LIMIT ${Math.trunc(limit)}`;
}
