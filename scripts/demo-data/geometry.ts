/** Small planar geometry helpers in BNG metres. */

/** A polygon ring as [easting, northing] vertices, not closed. */
export type Ring = [number, number][];

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
