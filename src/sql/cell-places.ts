import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';

/** A BNG box in metres. */
export interface BngBox {
  minE: number;
  minN: number;
  maxE: number;
  maxN: number;
}

/**
 * Incidents per snap point and location text inside any of the boxes (the cells to name), for
 * naming places by their streets: `easting`, `northing`, `location`, `count`.
 */
export function locationsInBoxesSql(filter: IncidentFilter, boxes: readonly BngBox[]): string {
  const inside = boxes
    .map(
      (b) =>
        `(easting >= ${Number(b.minE)} AND easting < ${Number(b.maxE)} AND northing >= ${Number(b.minN)} AND northing < ${Number(b.maxN)})`,
    )
    .join(' OR ');
  return `SELECT easting, northing, location, count(*)::INTEGER AS count
FROM incidents
WHERE unlocated_reason IS NULL AND location IS NOT NULL AND (${inside || 'FALSE'})
  AND ${whereIncidents(filter)}
GROUP BY easting, northing, location
ORDER BY location, easting, northing`;
}
