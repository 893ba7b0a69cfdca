import type { FlatPolygon } from '../../analytics/hotspots/pointInPolygon';
import { pointInRings } from '../../analytics/hotspots/pointInPolygon';

/** Samples per side of the grid searched for a label point. */
const SAMPLES = 24;

/** Metres per degree of latitude (and of longitude at the equator). */
const METRES_PER_DEGREE = 111_320;

/** Area of a lon/lat polygon (outer ring less its holes) in square metres, flat-earth near `lat`. */
export function polygonAreaSquareMetres(polygon: FlatPolygon): number {
  const midLat = (polygon.box[1] + polygon.box[3]) / 2;
  const kx = METRES_PER_DEGREE * Math.cos((midLat * Math.PI) / 180);
  let total = 0;
  polygon.rings.forEach((ring, r) => {
    let twice = 0;
    for (let i = 0; i < ring.length; i += 2) {
      const j = (i + 2) % ring.length;
      twice +=
        (ring[i] as number) * (ring[j + 1] as number) -
        (ring[j] as number) * (ring[i + 1] as number);
    }
    const area = Math.abs(twice / 2) * kx * METRES_PER_DEGREE;
    total += r === 0 ? area : -area;
  });
  return Math.max(0, total);
}

/** Distance (in metres, flat-earth) from a point to the nearest edge of the polygon. */
function edgeDistance(polygon: FlatPolygon, x: number, y: number, kx: number): number {
  let best = Infinity;
  for (const ring of polygon.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const ax = ((ring[i] as number) - x) * kx;
      const ay = ((ring[i + 1] as number) - y) * METRES_PER_DEGREE;
      const bx = ((ring[i + 2] as number) - x) * kx;
      const by = ((ring[i + 3] as number) - y) * METRES_PER_DEGREE;
      const dx = bx - ax;
      const dy = by - ay;
      const along =
        dx === 0 && dy === 0
          ? 0
          : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + along * dx, ay + along * dy));
    }
  }
  return best;
}

/**
 * Where an area's name goes: the sampled point inside the polygon furthest from its edges (so a
 * crescent or U-shaped ward is labelled inside itself, not at a centroid in its neighbour).
 * Falls back to the box centre for a polygon too thin for any sample to land inside.
 */
export function labelPoint(polygon: FlatPolygon): [number, number] {
  const [west, south, east, north] = polygon.box;
  const kx = METRES_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180);
  let best: [number, number] = [(west + east) / 2, (south + north) / 2];
  let bestDistance = -1;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = west + ((i + 0.5) / SAMPLES) * (east - west);
      const y = south + ((j + 0.5) / SAMPLES) * (north - south);
      if (!pointInRings(polygon.rings, x, y)) continue;
      const distance = edgeDistance(polygon, x, y, kx);
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [x, y];
      }
    }
  }
  return best;
}
