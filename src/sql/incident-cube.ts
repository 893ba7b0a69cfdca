import type { IncidentFilter } from './filters';

/** Where a statement's counts come from: a table and the expression that counts its rows. */
export interface CountedRelation {
  table: string;
  rows: string;
}

/** Every incident, one row each. */
export const INCIDENT_ROWS: CountedRelation = { table: 'incidents', rows: 'count(*)' };

/** The incident cube: incidents counted in `n` per combination of the filters' columns. */
export const CUBE_ROWS: CountedRelation = { table: 'incident_cube', rows: 'sum(n)' };

/**
 * Builds the incident cube (a temporary table, rebuilt per loaded dataset): incidents counted by
 * month, category, the source's own type, source, unlocated reason and the district part of the
 * LSOA name ("Chesterfield 001A" → "Chesterfield ", kept in `lsoa_name` so that the district
 * filter's `starts_with` reads the same on it). A few thousand rows for a force's five years,
 * where the summary, the months with data and the counting statement read instead of every
 * incident. The regular expression runs once per LSOA, not per incident.
 */
export const BUILD_INCIDENT_CUBE_SQL = `CREATE OR REPLACE TEMP TABLE incident_cube AS
WITH by_lsoa AS (
  SELECT month, category, original_type, source, lsoa_name, unlocated_reason, count(*) AS n
  FROM incidents GROUP BY ALL
)
SELECT month, category, original_type, source,
  CASE WHEN regexp_full_match(lsoa_name, '.* [0-9]{3}[A-Z]')
    THEN left(lsoa_name, length(lsoa_name) - 4) ELSE lsoa_name END AS lsoa_name,
  unlocated_reason, sum(n)::INTEGER AS n
FROM by_lsoa GROUP BY ALL`;

/** The location cube: located incidents counted in `n` per location and the same columns. */
export const POINT_CUBE_ROWS: CountedRelation = { table: 'point_cube', rows: 'sum(n)' };

/**
 * Builds the location cube (a temporary table, rebuilt per loaded dataset): located incidents
 * counted per location, category, source and district as in the incident cube, over the whole
 * period (no month). What the map reads for the whole period — its colour scale and the density
 * ceiling — on a category or area change: a few rows per location instead of every incident.
 */
export const BUILD_POINT_CUBE_SQL = `CREATE OR REPLACE TEMP TABLE point_cube AS
WITH by_lsoa AS (
  SELECT longitude, latitude, category, source, lsoa_name, count(*) AS n,
    any_value(easting) AS easting, any_value(northing) AS northing, any_value(location) AS location
  FROM incidents WHERE unlocated_reason IS NULL GROUP BY ALL
)
SELECT longitude, latitude, category, source,
  CASE WHEN regexp_full_match(lsoa_name, '.* [0-9]{3}[A-Z]')
    THEN left(lsoa_name, length(lsoa_name) - 4) ELSE lsoa_name END AS lsoa_name,
  NULL::VARCHAR AS unlocated_reason, sum(n)::INTEGER AS n,
  any_value(easting) AS easting, any_value(northing) AS northing, any_value(location) AS location
FROM by_lsoa GROUP BY ALL`;

/** Whether the location cube answers a filter: one the incident cube answers, with no months. */
export function pointCubeAnswers(filter: IncidentFilter): boolean {
  return cubeAnswers(filter) && !filter.fromMonth && !filter.toMonth;
}

/**
 * Whether the cube answers a filter exactly: months, categories, sources, counting choices and a
 * district (an LSOA name prefix ending in a space, as the area filter gives) but not LSOA codes
 * or a box of the grid, which it does not keep.
 */
export function cubeAnswers(filter: IncidentFilter): boolean {
  return (
    !filter.bbox &&
    (filter.lsoaCodes?.length ?? 0) === 0 &&
    (!filter.lsoaNamePrefix || filter.lsoaNamePrefix.endsWith(' '))
  );
}
