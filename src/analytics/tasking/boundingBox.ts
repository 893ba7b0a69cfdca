import type { BngBox, BngMultiPolygon } from './bngShapes';

/** The box around every point of the shape; [∞, ∞, −∞, −∞] when it has no points. */
export function boundingBox(shape: BngMultiPolygon): BngBox {
  const box: BngBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of shape)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
  return box;
}

/** The box grown by `metres` on every side (a buffer ring fits inside it). */
export function expandBox(box: BngBox, metres: number): BngBox {
  return [box[0] - metres, box[1] - metres, box[2] + metres, box[3] + metres];
}

/** The overlap of two boxes, or null when they do not overlap (touching counts as no overlap). */
export function boxIntersection(a: BngBox, b: BngBox): BngBox | null {
  const box: BngBox = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return box[0] < box[2] && box[1] < box[3] ? box : null;
}

/** True when the point lies in the box, edges included. */
export function boxContains(box: BngBox, x: number, y: number): boolean {
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}
