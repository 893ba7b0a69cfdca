import type { BngMultiPolygon } from './bngShapes';

/** Distance in metres from (x, y) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * Distance in metres from (x, y) to the nearest edge of any ring of the shape (outer rings and
 * holes alike), whether the point is inside or outside: with {@link pointInMultiPolygon} it
 * tells a buffer ring of width w (outside, distance ≤ w) from the rest. Infinity for no edges.
 */
export function boundaryDistance(shape: BngMultiPolygon, x: number, y: number): number {
  let nearest = Infinity;
  for (const polygon of shape)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        const d = segmentDistance(x, y, xj, yj, xi, yi);
        if (d < nearest) nearest = d;
      }
  return nearest;
}
