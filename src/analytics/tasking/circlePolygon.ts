import type { BngMultiPolygon, BngPoint } from './bngShapes';

/**
 * A regular polygon of `sides` vertices on the circle of `radius` metres around `centre`, as a
 * one-polygon shape with a closed anticlockwise ring (e.g. a target drawn around a point).
 * Its area is ½·sides·r²·sin(2π/sides), just under πr² (0.16% under with 64 sides).
 */
export function circlePolygon(centre: BngPoint, radius: number, sides = 64): BngMultiPolygon {
  if (!(radius > 0)) throw new Error(`A circle needs a positive radius, not ${radius}.`);
  const n = Math.max(3, Math.floor(sides));
  const ring: BngPoint[] = [];
  for (let k = 0; k < n; k++) {
    const angle = (2 * Math.PI * k) / n;
    ring.push([centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)]);
  }
  const [x, y] = ring[0] as BngPoint;
  ring.push([x, y]);
  return [[ring]];
}
