import { toBng } from '../../ingest/bng';
import type { BngMultiPolygon, BngRing } from '../../tasking/tasking-state';

const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull (Andrew's monotone chain), counter-clockwise, closed. */
function convexHull(points: readonly [number, number][]): BngRing {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0)
        out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const ring = [...half(sorted), ...half([...sorted].reverse())];
  const first = ring[0];
  return first ? [...ring, first] : [];
}

/**
 * A place drawn around map points (a street's or a repeat location's), in BNG metres: the convex
 * hull of squares of `padMetres` around each point, so every point lies at least that far inside.
 */
export function placeAroundPoints(
  points: readonly [number, number][],
  padMetres = 40,
): BngMultiPolygon {
  const corners = points.flatMap(([e, n]): [number, number][] => [
    [e - padMetres, n - padMetres],
    [e + padMetres, n - padMetres],
    [e + padMetres, n + padMetres],
    [e - padMetres, n + padMetres],
  ]);
  const hull = convexHull(corners);
  return hull.length >= 4 ? [[hull]] : [];
}

/** A polygon clicked on the map (lon/lat vertices) as a closed BNG ring; null under 3 vertices. */
export function drawnPlace(vertices: readonly [number, number][]): BngMultiPolygon | null {
  if (vertices.length < 3) return null;
  const ring: BngRing = vertices.map(([lon, lat]) => {
    const [e, n] = toBng(lon, lat);
    return [Math.round(e * 10) / 10, Math.round(n * 10) / 10];
  });
  return [[[...ring, ring[0] as [number, number]]]];
}

/** [minE, minN, maxE, maxN] of a geometry. */
export function geometryBox(geometry: BngMultiPolygon): [number, number, number, number] {
  let [minE, minN, maxE, maxN] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of geometry)
    for (const ring of polygon)
      for (const [e, n] of ring) {
        minE = Math.min(minE, e);
        minN = Math.min(minN, n);
        maxE = Math.max(maxE, e);
        maxN = Math.max(maxN, n);
      }
  return [minE, minN, maxE, maxN];
}

/**
 * Reads typed vertices, one per line: "easting, northing" (BNG metres) or "latitude, longitude"
 * (degrees). Returns lon/lat vertices, or the line that could not be read.
 */
export function readTypedVertices(
  text: string,
  fromBng: (e: number, n: number) => [number, number],
): { vertices: [number, number][] } | { problem: string } {
  const vertices: [number, number][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const parts = line
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const [a, b] = parts;
    if (parts.length !== 2 || a === undefined || b === undefined || parts.some(Number.isNaN))
      return { problem: `“${line.trim()}” is not two numbers.` };
    if (a > 1000 && b > 1000) vertices.push(fromBng(a, b));
    else if (Math.abs(a) <= 90 && Math.abs(b) <= 180) vertices.push([b, a]);
    else
      return { problem: `“${line.trim()}” is neither easting, northing nor latitude, longitude.` };
  }
  if (vertices.length < 3) return { problem: 'A place needs at least three corners.' };
  return { vertices };
}
