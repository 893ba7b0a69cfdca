import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';

/**
 * The located incidents of a filter for the backtest: British National Grid `easting`,
 * `northing`, `month_index` (year·12 + month − 1) and the `category` id with its `parent`, from
 * which the harm weight of each incident is found.
 */
export function backtestPointsSql(filter: IncidentFilter): string {
  return `SELECT i.easting, i.northing, (year(i.month) * 12 + month(i.month) - 1)::INTEGER AS month_index,
  i.category, c.parent
FROM incidents i LEFT JOIN categories c ON c.id = i.category
WHERE i.unlocated_reason IS NULL AND i.easting IS NOT NULL AND i.northing IS NOT NULL
  AND ${whereIncidents(filter)}`;
}
