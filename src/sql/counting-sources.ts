import type { CountedRelation } from './incident-cube';
import { INCIDENT_ROWS } from './incident-cube';
import { sqlString, sqlStringList } from './literals';

/** The source name police.uk street-level rows carry in `incidents.source`. */
export const POLICE_UK_SOURCE = 'police.uk';

/** The remainder of police.uk's crime types; a local extract's "other" codes are other incidents. */
export const OTHER_CRIME = 'other-crime';

/**
 * The analyst's choice of the one source that counts for a top-level category (category id →
 * source name). Categories not listed take the default rule of {@link countingChoiceSql}.
 */
export type CountFrom = Readonly<Record<string, string>>;

/** Why a source counts for a category. */
export type CountingReason = 'chosen' | 'only-source' | 'local-extract' | 'police-uk';

/** What a counting choice depends on: the analyst's choices and the sources admitted. */
export interface CountingScope {
  countFrom?: CountFrom;
  /** Sources the view is narrowed to; empty or absent = all. */
  sources?: readonly string[];
}

function chosenCondition(countFrom: CountFrom | undefined): string {
  const entries = Object.entries(countFrom ?? {});
  if (entries.length === 0) return 'FALSE';
  return entries
    .map(([category, source]) => `(top = ${sqlString(category)} AND source = ${sqlString(source)})`)
    .join(' OR ');
}

/** Default rank: a local extract first (police.uk first for other crime), then most rows, then name. */
const DEFAULT_ORDER = `CASE WHEN source = ${sqlString(POLICE_UK_SOURCE)}
      THEN (CASE WHEN top = ${sqlString(OTHER_CRIME)} THEN 0 ELSE 2 END) ELSE 1 END,
    sum(n) DESC, source`;

/**
 * CTEs `cs_recorded` (category, source, top, n) and `cs_choice` (one row per top-level category
 * and source recording it, with `counted` true for exactly one source per category).
 *
 * The rule, applied here and nowhere else: per top-level category (sub-categories go with their
 * parent), among the admitted sources that recorded it, the analyst's choice counts; without one
 * (or when the chosen source recorded none of it) a local extract counts, the one with the most
 * rows of that category when several have it (ties: the first name in alphabetical order);
 * police.uk counts only when no local extract recorded the category, except "other crime",
 * which police.uk counts whenever it is loaded (a local extract's "other" rows are not crimes
 * police.uk would list). The choice follows the whole loaded data, never the month range or
 * area, so a category's series never changes source part way.
 */
export function countingChoiceCtes(scope: CountingScope & PairsKnown = {}): string {
  return `cs_recorded AS (
  ${scope.countingPairs ? recordedPairsSql(scope.countingPairs) : recordedSql(scope)}
), cs_choice AS (
  SELECT top, source, sum(n)::INTEGER AS loaded_rows,
    count(*) OVER (PARTITION BY top)::INTEGER AS sources_recording,
    bool_or(${chosenCondition(scope.countFrom)}) AS chosen,
    row_number() OVER (PARTITION BY top ORDER BY ${DEFAULT_ORDER}) = 1 AS is_default,
    row_number() OVER (PARTITION BY top ORDER BY
      bool_or(${chosenCondition(scope.countFrom)}) DESC, ${DEFAULT_ORDER}) = 1 AS counted
  FROM cs_recorded GROUP BY top, source
)`;
}

/** Each stored category a source recorded, its rows, and whether the category counts from it. */
export interface CountingPair extends Record<string, string | number | boolean> {
  category: string;
  source: string;
  /** The top-level category (the category itself, or its parent). */
  top: string;
  /** Rows of the category from the source in the whole loaded data. */
  n: number;
  counted: boolean;
}

/**
 * The rows of {@link countingPairsSql} for the same scope and loaded data, when the caller has
 * them: statements then read them instead of every incident.
 */
interface PairsKnown {
  countingPairs?: readonly CountingPair[];
}

function recordedSql(scope: CountingScope): string {
  const admitted =
    scope.sources && scope.sources.length > 0
      ? `WHERE cs_i.source IN (${sqlStringList(scope.sources)})`
      : '';
  return `SELECT cs_i.category AS category, cs_i.source AS source,
    coalesce(cs_c.parent, cs_i.category) AS top, count(*)::INTEGER AS n
  FROM incidents cs_i LEFT JOIN categories cs_c ON cs_c.id = cs_i.category
  ${admitted}
  GROUP BY ALL`;
}

function recordedPairsSql(pairs: readonly CountingPair[]): string {
  if (pairs.length === 0)
    return 'SELECT NULL::VARCHAR AS category, NULL::VARCHAR AS source, NULL::VARCHAR AS top, 0 AS n WHERE FALSE';
  const rows = pairs.map(
    (p) => `(${sqlString(p.category)}, ${sqlString(p.source)}, ${sqlString(p.top)}, ${p.n})`,
  );
  return `SELECT * FROM (VALUES ${rows.join(', ')}) AS cs_v(category, source, top, n)`;
}

/** Every (stored category, source) recorded within the scope, with its rows and whether it counts. */
export function countingPairsSql(scope: CountingScope = {}): string {
  return `WITH ${countingChoiceCtes(scope)}
SELECT r.category, r.source, r.top, r.n, k.counted FROM cs_recorded r
JOIN cs_choice k ON k.top = r.top AND k.source = r.source
ORDER BY r.category, r.source`;
}

/**
 * The condition that keeps only the counted source's incidents of each category. Uses the
 * bare `category` and `source` columns of `incidents`, like the rest of the filter (whose
 * source list it relies on). With `countingPairs` (the rows of {@link countingPairsSql} for the
 * same scope and loaded data) the pairs that do not count are written out — none when each
 * category has one source — which spares each statement a scan of every incident.
 */
export function countedSourceCondition(scope: CountingScope & PairsKnown = {}): string {
  if (scope.countingPairs) {
    const excluded = scope.countingPairs.filter((p) => !p.counted);
    if (excluded.length === 0) return 'TRUE';
    const pairs = excluded.map(
      (p) => `(category = ${sqlString(p.category)} AND source = ${sqlString(p.source)})`,
    );
    return `NOT (${pairs.join(' OR ')})`;
  }
  return `(category, source) IN (SELECT category, source FROM (${countingPairsSql(scope)}) WHERE counted)`;
}

/** One row per top-level category and source that recorded it; see {@link countingChoiceRowsSql}. */
export interface CountingChoiceRow extends Record<string, string | number | boolean | null> {
  category: string;
  source: string;
  counted: boolean;
  is_default: boolean;
  chosen: boolean;
  sources_recording: number;
  /** Rows of the category from this source in the whole loaded data. */
  loaded_rows: number;
  /** Rows of the category from this source within the view's other filters. */
  count: number;
}

/**
 * Every (top-level category, source) with whether it counts, whether it is the default, and its
 * rows both in the whole data and within `recordedWhere` (the view's filter over every source,
 * evaluated on `relation` — every incident unless given — as `i` joined with `categories c`).
 */
export function countingChoiceRowsSql(
  scope: CountingScope & PairsKnown,
  recordedWhere: string,
  relation: CountedRelation = INCIDENT_ROWS,
): string {
  return `WITH ${countingChoiceCtes(scope)}, cs_viewed AS (
  SELECT coalesce(c.parent, i.category) AS top, i.source AS source, ${relation.rows}::INTEGER AS n
  FROM ${relation.table} i LEFT JOIN categories c ON c.id = i.category
  WHERE ${recordedWhere} GROUP BY ALL
)
SELECT k.top AS category, k.source, k.counted, k.is_default, k.chosen, k.sources_recording,
  k.loaded_rows, coalesce(v.n, 0)::INTEGER AS count
FROM cs_choice k LEFT JOIN cs_viewed v ON v.top = k.top AND v.source = k.source
ORDER BY category, k.counted DESC, k.loaded_rows DESC, k.source`;
}
