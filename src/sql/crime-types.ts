import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import type { TrendAreaLevel } from './trends';
import { areaExpression } from './trends';
import { sqlString } from './literals';

/** The label for incidents whose source gave no type of its own. */
export const TYPE_NOT_RECORDED = 'Type not recorded';

/** Options for {@link monthlyTypeCountsSql}. */
export interface MonthlyTypeCountsQuery {
  /** The category (e.g. 'other-crime') whose incidents are broken down by their own type. */
  category: string;
  filter?: IncidentFilter;
  areaLevel?: TrendAreaLevel | null;
}

/**
 * Incidents of one category (its sub-categories included) by month and the type their source gave
 * (police.uk's crime type). Columns: month 'YYYY-MM', category (the type), [area], count.
 */
export function monthlyTypeCountsSql(query: MonthlyTypeCountsQuery): string {
  const area = query.areaLevel ? `, ${areaExpression(query.areaLevel)} AS area` : '';
  return `SELECT strftime(i.month, '%Y-%m') AS month,
  coalesce(nullif(trim(i.original_type), ''), '${TYPE_NOT_RECORDED}') AS category${area},
  count(*)::INTEGER AS count
FROM incidents i LEFT JOIN categories c ON c.id = i.category
WHERE ${whereIncidents(query.filter)} AND coalesce(c.parent, i.category) = ${sqlString(query.category)}
GROUP BY ALL ORDER BY 1, 2`;
}
