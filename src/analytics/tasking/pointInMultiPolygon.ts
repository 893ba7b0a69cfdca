import type { BngMultiPolygon, BngRing } from './bngShapes';

/** Crossing parity of a horizontal ray from (x, y) to the east over one ring. */
function crossesRing(ring: BngRing, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * True when (x, y) lies in any polygon of the shape and in none of that polygon's holes
 * (even–odd rule, as `sf::st_within`). Half-open like the grid's cells and
 * `analytics/hotspots/pointInPolygon`: a point on an edge is inside when the polygon lies to its
 * right or above it, so a point on an edge two shapes share falls in exactly one of them.
 */
export function pointInMultiPolygon(shape: BngMultiPolygon, x: number, y: number): boolean {
  for (const polygon of shape) {
    let inside = false;
    for (const ring of polygon) if (crossesRing(ring, x, y)) inside = !inside;
    if (inside) return true;
  }
  return false;
}
