import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import { sqlString } from './literals';

/**
 * Which area of a boundary layer each distinct located point falls in (NULL code = in none).
 * Filled once per point and layer by point-in-polygon, so counting by area is a join.
 */
export const POINT_AREAS_DDL = `CREATE TABLE IF NOT EXISTS point_areas (
  longitude DOUBLE NOT NULL,
  latitude DOUBLE NOT NULL,
  layer VARCHAR NOT NULL,
  area_code VARCHAR,
  area_name VARCHAR
)`;

/** Distinct located points of all incidents not yet assigned for `layer`. */
export function unassignedPointsSql(layer: string): string {
  return `SELECT DISTINCT longitude, latitude FROM incidents i
WHERE unlocated_reason IS NULL AND longitude IS NOT NULL AND latitude IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM point_areas p WHERE p.layer = ${sqlString(layer)}
    AND p.longitude = i.longitude AND p.latitude = i.latitude)`;
}

/**
 * Moves staged assignments into point_areas: `staged(longitude, latitude, area_index)` with
 * area_index −1 for none, and `staged_areas(area_index, area_code, area_name)`. Points already
 * assigned (by a concurrent run) are skipped, so no point is ever counted twice.
 */
export function insertPointAreasSql(layer: string, staged: string, stagedAreas: string): string {
  return `INSERT INTO point_areas
SELECT s.longitude, s.latitude, ${sqlString(layer)}, a.area_code, a.area_name
FROM ${staged} s LEFT JOIN ${stagedAreas} a ON a.area_index = s.area_index
WHERE NOT EXISTS (SELECT 1 FROM point_areas p WHERE p.layer = ${sqlString(layer)}
  AND p.longitude = s.longitude AND p.latitude = s.latitude)`;
}

/** Drops the staging tables that `insertPointAreasSql` read. */
export function dropStagedAreasSql(staged: string, stagedAreas: string): string {
  return `DROP TABLE ${staged}; DROP TABLE ${stagedAreas};`;
}

/** Forgets the assignments of a layer (e.g. before loading a changed boundary file). */
export function clearPointAreasSql(layer: string): string {
  return `DELETE FROM point_areas WHERE layer = ${sqlString(layer)}`;
}

/** Located incidents of the filter counted by area of `layer`; a NULL code counts those in no area. */
export function areaCountsSql(filter: IncidentFilter, layer: string): string {
  return `SELECT pa.area_code, any_value(pa.area_name) AS area_name, count(*)::INTEGER AS count
FROM incidents i JOIN point_areas pa ON pa.layer = ${sqlString(layer)}
  AND pa.longitude = i.longitude AND pa.latitude = i.latitude
WHERE i.unlocated_reason IS NULL AND ${whereIncidents(filter)}
GROUP BY pa.area_code ORDER BY count DESC`;
}
