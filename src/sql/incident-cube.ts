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
