import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import { sqlString } from './literals';

/** How incidents are broken down by place for trends and the board. */
export type TrendAreaLevel = 'district' | 'lsoa';

/** The label used for incidents with no LSOA (police.uk rows with no location). */
export const AREA_NOT_RECORDED = 'Area not recorded';

const MONTH_TEXT = "strftime(i.month, '%Y-%m')";
const DISTRICT_OF_LSOA = "nullif(regexp_extract(i.lsoa_name, '^(.*) [0-9]{3}[A-Z]$', 1), '')";

/** The SQL expression naming an incident's area at `level`; incidents without one share a label. */
export function areaExpression(level: TrendAreaLevel): string {
  const area = level === 'district' ? DISTRICT_OF_LSOA : 'i.lsoa_name';
  return `coalesce(${area}, '${AREA_NOT_RECORDED}')`;
}

/** Options for {@link monthlyCategoryCountsSql}. */
export interface MonthlyCountsQuery {
  filter?: IncidentFilter;
  /** Break the counts down by area; omitted = all areas together. */
  areaLevel?: TrendAreaLevel | null;
}

/**
 * Incidents by month and category (and area): one row per top-level category (sub-categories
 * rolled up into it), plus one row per sub-category for incidents recorded at that finer level
 * (e.g. ASB – nuisance from a council extract). Columns: month 'YYYY-MM', category, [area], count.
 */
export function monthlyCategoryCountsSql(query: MonthlyCountsQuery = {}): string {
  const area = query.areaLevel ? `, ${areaExpression(query.areaLevel)} AS area` : '';
  const where = whereIncidents(query.filter);
  return `WITH tagged AS (
  SELECT ${MONTH_TEXT} AS month, i.category AS detailed, coalesce(c.parent, i.category) AS top${area}
  FROM incidents i LEFT JOIN categories c ON c.id = i.category
  WHERE ${where}
)
SELECT month, top AS category${query.areaLevel ? ', area' : ''}, count(*)::INTEGER AS count
FROM tagged GROUP BY ALL
UNION ALL
SELECT month, detailed AS category${query.areaLevel ? ', area' : ''}, count(*)::INTEGER AS count
FROM tagged WHERE detailed <> top GROUP BY ALL
ORDER BY 1, 2`;
}

/**
 * Incidents of one category by month and the source's own crime type (police.uk's "Other
 * crime" by "Shoplifting", "Burglary"…). Columns: month 'YYYY-MM', type, count.
 */
export function monthlyTypeCountsSql(category: string, filter: IncidentFilter = {}): string {
  return `SELECT ${MONTH_TEXT} AS month, i.original_type AS type, count(*)::INTEGER AS count
FROM incidents i
WHERE ${whereIncidents(filter)} AND i.category = ${sqlString(category)}
GROUP BY ALL ORDER BY 1, 2`;
}

/**
 * The months each source has data for: months holding any of its incidents, and the months its
 * loaded files declared (a month loaded with no incidents is covered, with zero).
 * Columns: source, month 'YYYY-MM'.
 */
export const SOURCE_MONTHS_SQL = `SELECT DISTINCT source, month FROM (
  SELECT source, strftime(month, '%Y-%m') AS month FROM incidents
  UNION ALL
  SELECT source, trim(m) AS month
  FROM (SELECT source, unnest(string_split(months, ',')) AS m FROM loaded_files)
  WHERE regexp_matches(trim(m), '^[0-9]{4}-[0-9]{2}$')
) ORDER BY source, month`;

/**
 * The categories each source supplies to the counts, at both levels (a council's 'asb-nuisance'
 * supplies 'asb-nuisance' and 'asb'): only a category's counting source supplies it, so only its
 * months decide the category's coverage. Month range, categories and place are ignored.
 * Columns: source, category.
 */
export function sourceCategoriesSql(filter: IncidentFilter = {}): string {
  const { sources, countFrom, countingPairs } = filter;
  const where = whereIncidents({ sources, countFrom, countingPairs });
  return `SELECT DISTINCT source, category FROM incidents WHERE ${where}
UNION
SELECT DISTINCT i.source, c.parent AS category
FROM incidents i JOIN categories c ON c.id = i.category WHERE c.parent IS NOT NULL AND ${where}
ORDER BY 1, 2`;
}
