/** Rings of [easting, northing] in metres: outer ring then holes, per polygon (GeoJSON order). */
export type SquaresMultiPolygon = [number, number][][][];

// Unit steps east, north, west, south; a left turn is the next one.
const STEP: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

interface Edge {
  x: number;
  y: number;
  dir: number;
  used: boolean;
}

/**
 * The union of grid cells as polygons in British National Grid metres: cell (ix, iy) is the
 * square [ix·size, (ix+1)·size) × [iy·size, (iy+1)·size), as in `cellGrid`. Edges shared by two
 * cells cancel; the rest are chained into rings, counter-clockwise outside and clockwise around
 * holes (RFC 7946), with straight runs merged into one edge. Cells touching only at a corner
 * become two polygons meeting at that point, never one self-touching ring.
 */
export function clusterGeometry(
  cells: readonly (readonly [number, number])[],
  cellSize: number,
): SquaresMultiPolygon {
  const filled = new Set(cells.map(([ix, iy]) => `${ix},${iy}`));
  const has = (ix: number, iy: number) => filled.has(`${ix},${iy}`);
  const outgoing = new Map<string, Edge[]>();
  const add = (x: number, y: number, dir: number) => {
    const key = `${x},${y}`;
    const list = outgoing.get(key) ?? [];
    list.push({ x, y, dir, used: false });
    outgoing.set(key, list);
  };
  for (const key of filled) {
    const [ix, iy] = key.split(',').map(Number) as [number, number];
    // Counter-clockwise around the cell, each edge kept only where no cell lies beyond it.
    if (!has(ix, iy - 1)) add(ix, iy, 0);
    if (!has(ix + 1, iy)) add(ix + 1, iy, 1);
    if (!has(ix, iy + 1)) add(ix + 1, iy + 1, 2);
    if (!has(ix - 1, iy)) add(ix, iy + 1, 3);
  }
  const rings: [number, number][][] = [];
  for (const edges of outgoing.values()) {
    for (const first of edges) {
      if (!first.used) rings.push(traceRing(first, outgoing));
    }
  }
  const outers: { ring: [number, number][]; area: number; holes: [number, number][][] }[] = [];
  const holes: [number, number][][] = [];
  for (const ring of rings) {
    const area = signedArea(ring);
    if (area > 0) outers.push({ ring, area, holes: [] });
    else holes.push(ring);
  }
  outers.sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    const [a, b] = hole as [[number, number], [number, number]];
    // A point a quarter cell to the right of the hole's first edge lies in the empty cell.
    const dx = Math.sign(b[0] - a[0]);
    const dy = Math.sign(b[1] - a[1]);
    const px = (a[0] + b[0]) / 2 + dy * 0.25;
    const py = (a[1] + b[1]) / 2 - dx * 0.25;
    const owner = outers.find((o) => ringContains(o.ring, px, py));
    owner?.holes.push(hole);
  }
  const scale = (ring: [number, number][]): [number, number][] =>
    ring.map(([x, y]) => [x * cellSize, y * cellSize]);
  return outers.map((o) => [scale(o.ring), ...o.holes.map(scale)]);
}

/** Follows unused edges from `first`, turning left where two leave one corner, back to the start. */
function traceRing(first: Edge, outgoing: Map<string, Edge[]>): [number, number][] {
  const ring: [number, number][] = [];
  let edge = first;
  let previousDir = -1;
  for (;;) {
    edge.used = true;
    if (edge.dir !== previousDir) ring.push([edge.x, edge.y]);
    previousDir = edge.dir;
    const step = STEP[edge.dir] as readonly [number, number];
    const x = edge.x + step[0];
    const y = edge.y + step[1];
    if (x === first.x && y === first.y) break;
    const candidates = (outgoing.get(`${x},${y}`) ?? []).filter((e) => !e.used);
    const next =
      candidates.find((e) => e.dir === (edge.dir + 1) % 4) ??
      candidates.find((e) => e.dir === edge.dir) ??
      candidates.find((e) => e.dir === (edge.dir + 3) % 4);
    if (!next) break;
    edge = next;
  }
  // The start corner is not a vertex when the ring ends going the way it began.
  if (ring.length > 1 && previousDir === first.dir) ring.shift();
  ring.push([...(ring[0] as [number, number])]);
  return ring;
}

/** Shoelace area, positive for a counter-clockwise ring. */
function signedArea(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function ringContains(ring: readonly [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
