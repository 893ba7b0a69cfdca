/** Small planar geometry helpers in BNG metres. */

/** A polygon ring as [easting, northing] vertices, not closed. */
export type Ring = [number, number][];

/** Even–odd ray-casting test: is the point inside the ring? */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed area (shoelace); positive when counter-clockwise. */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[(i + 1) % ring.length] as [number, number];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}
