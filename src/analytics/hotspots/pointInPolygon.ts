/**
 * A polygon as flat [x, y, x, y, …] rings (outer ring first, then its holes) with its box
 * [minX, minY, maxX, maxY]. Coordinates are planar: BNG metres or WGS84 degrees.
 */
export interface FlatPolygon {
  rings: Float64Array[];
  box: [number, number, number, number];
}

/** The polygon of the rings with its box. */
export function flatPolygon(rings: Float64Array[]): FlatPolygon {
  const box: FlatPolygon['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i] as number;
      const y = ring[i + 1] as number;
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return { rings, box };
}

/**
 * Even–odd crossing test over all rings, so a point in a hole is outside (as
 * `sp::point.in.polygon` with holes, or `sf::st_within`). The test is half-open like the grid's
 * cells: a point on an edge is inside when the polygon lies to its right or above it, so a
 * point on the edge two areas share falls in exactly one of them.
 */
export function pointInRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const count = ring.length / 2;
    for (let i = 0, j = count - 1; i < count; j = i++) {
      const xi = ring[i * 2] as number;
      const yi = ring[i * 2 + 1] as number;
      const xj = ring[j * 2] as number;
      const yj = ring[j * 2 + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Index of the first polygon containing (x, y), or −1 (box prefilter, then the exact test). */
export function polygonContaining(polygons: readonly FlatPolygon[], x: number, y: number): number {
  for (let k = 0; k < polygons.length; k++) {
    const { rings, box } = polygons[k] as FlatPolygon;
    if (x < box[0] || y < box[1] || x > box[2] || y > box[3]) continue;
    if (pointInRings(rings, x, y)) return k;
  }
  return -1;
}
