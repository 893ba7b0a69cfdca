/** Area polygons → GeoJSON FeatureCollection text in WGS84 (RFC 7946: counter-clockwise rings). */
import { fromBng } from '../../src/ingest/bng';
import type { Area } from './areas';
import { ringArea, type Ring } from './geometry';

/** Extra properties written alongside `code` and `name`. */
export type ExtraProperties = (area: Area, index: number) => Record<string, string | number>;

/** Serialises areas as a FeatureCollection of Polygons with properties code, name, population. */
export function areasToGeoJson(areas: readonly Area[], extra?: ExtraProperties): string {
  const features = areas.map((area, index) => ({
    type: 'Feature',
    properties: {
      code: area.code,
      name: area.name,
      population: area.population,
      ...extra?.(area, index),
    },
    geometry: { type: 'Polygon', coordinates: [closedLonLatRing(area.ring)] },
  }));
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

/** Projects a BNG ring to closed, counter-clockwise lon/lat with 6 decimals. */
function closedLonLatRing(ring: Ring): [number, number][] {
  const ccw = ringArea(ring) >= 0 ? ring : [...ring].reverse();
  const out = ccw.map(([e, n]) => {
    const [lon, lat] = fromBng(e, n);
    return [round6(lon), round6(lat)] as [number, number];
  });
  const first = out[0];
  if (first) out.push([first[0], first[1]]);
  return out;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
