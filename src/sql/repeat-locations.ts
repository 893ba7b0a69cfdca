import type { IncidentFilter } from './filters';
import { whereIncidents } from './filters';

/**
 * How incidents are grouped into repeat locations: `place` = one police.uk snap point (or exact
 * point) with its location text or address; `street` = the location text without police.uk's
 * "On or near " prefix, over all the points that carry it.
 */
export type RepeatLocationKind = 'place' | 'street';

const STREET = "trim(regexp_replace(i.location, '^On or near ', ''))";

const KEY: Record<RepeatLocationKind, { key: string; name: string }> = {
  place: {
    key: "i.location || ' @ ' || i.longitude::VARCHAR || ',' || i.latitude::VARCHAR",
    name: 'i.location',
  },
  street: { key: STREET, name: STREET },
};

/**
 * The top `limit` repeat locations of the filtered, located incidents, one row per
 * (location, top-level category, month) with its count, plus the location's total, number of
 * distinct points and [west, south, east, north] box for framing it on the map.
 */
export function repeatLocationsSql(
  filter: IncidentFilter,
  kind: RepeatLocationKind,
  limit = 50,
): string {
  const { key, name } = KEY[kind];
  return `WITH f AS (
  SELECT ${key} AS place_key, ${name} AS name, i.longitude, i.latitude, i.month,
    coalesce(c.parent, i.category) AS top_category
  FROM incidents i LEFT JOIN categories c ON c.id = i.category
  WHERE i.unlocated_reason IS NULL AND i.location IS NOT NULL AND trim(i.location) <> ''
    AND ${whereIncidents(filter)}
), top AS (
  SELECT place_key, any_value(name) AS name, count(*)::INTEGER AS total,
    count(DISTINCT (longitude, latitude))::INTEGER AS points,
    min(longitude) AS west, min(latitude) AS south, max(longitude) AS east, max(latitude) AS north
  FROM f GROUP BY place_key ORDER BY total DESC, place_key LIMIT ${Math.trunc(limit)}
)
SELECT t.place_key, t.name, t.total, t.points, t.west, t.south, t.east, t.north,
  f.top_category AS category, strftime(f.month, '%Y-%m') AS month, count(*)::INTEGER AS count
FROM top t JOIN f USING (place_key)
GROUP BY ALL ORDER BY t.total DESC, t.place_key, month, category`;
}
