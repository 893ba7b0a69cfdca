import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';

/** A British National Grid box in metres. */
export interface BngBoxBounds {
  minE: number;
  minN: number;
  maxE: number;
  maxN: number;
}

const LOCATED = 'unlocated_reason IS NULL AND easting IS NOT NULL AND northing IS NOT NULL';

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite coordinate: ${value}`);
  return String(value);
}

function insideAnyBox(boxes: readonly BngBoxBounds[]): string {
  if (boxes.length === 0) return 'FALSE';
  return boxes
    .map(
      (b) =>
        `(easting BETWEEN ${number(b.minE)} AND ${number(b.maxE)} AND northing BETWEEN ${number(b.minN)} AND ${number(b.maxN)})`,
    )
    .join('\n    OR ');
}

/**
 * Located incidents of the filter inside any of the boxes (e.g. each target's box grown by its
 * buffer), one row per map point and month with the number of incidents there: police.uk's
 * snap points make this far fewer rows than incidents. Columns: easting, northing, month
 * ('YYYY-MM'), count.
 */
export function locatedPointCountsSql(
  filter: IncidentFilter,
  boxes: readonly BngBoxBounds[],
): string {
  return `SELECT easting, northing, strftime(month, '%Y-%m') AS month, count(*)::INTEGER AS count
FROM incidents
WHERE ${LOCATED} AND ${whereIncidents(filter)}
  AND (${insideAnyBox(boxes)})
GROUP BY easting, northing, month
ORDER BY month, easting, northing`;
}

/** Located incidents of the filter by month ('YYYY-MM', count); months with none are absent. */
export function locatedMonthlyCountsSql(filter: IncidentFilter): string {
  return `SELECT strftime(month, '%Y-%m') AS month, count(*)::INTEGER AS count
FROM incidents
WHERE ${LOCATED} AND ${whereIncidents(filter)}
GROUP BY 1 ORDER BY 1`;
}
