import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';
import { sqlString } from './literals';

/**
 * The located incidents of a filter as the candidates job reads them: BNG `easting`,
 * `northing`, `month_index` (year·12 + month − 1), `category`, the `location` text, and with a
 * boundary layer the `area_code` of the area each lies in (from `point_areas`, NULL in none).
 */
export function candidatePointsSql(filter: IncidentFilter, areaLayer: string | null): string {
  const area = areaLayer
    ? `pa.area_code AS area_code
FROM incidents i LEFT JOIN point_areas pa ON pa.layer = ${sqlString(areaLayer)}
  AND pa.longitude = i.longitude AND pa.latitude = i.latitude`
    : `NULL::VARCHAR AS area_code
FROM incidents i`;
  return `SELECT i.easting, i.northing,
  (year(i.month) * 12 + month(i.month) - 1)::INTEGER AS month_index,
  i.category, i.location, ${area}
WHERE i.unlocated_reason IS NULL AND i.easting IS NOT NULL AND i.northing IS NOT NULL
  AND ${whereIncidents(filter)}`;
}

/** Every category id with its parent, for harm weights that fall back to the parent's. */
export function categoryParentsSql(): string {
  return 'SELECT id, parent FROM categories ORDER BY sort_order';
}
