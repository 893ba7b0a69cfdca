import type { BngMultiPolygon, BngRing } from './bngShapes';
import { pointInMultiPolygon } from './pointInMultiPolygon';
import { signedRingArea } from './polygonArea';

/** The square lattice the cells lie on. */
export interface CellLattice {
  /** Easting index of column 0, as `CellGrid.x0`: column ix spans [(x0+ix)·size, (x0+ix+1)·size). */
  x0: number;
  /** Northing index of row 0. */
  y0: number;
  cellSize: number;
}

type Corner = [number, number];
/** A boundary edge between lattice corners, directed with the cells on its left. */
interface Edge {
  from: Corner;
  to: Corner;
  used: boolean;
}

const key = (c: Corner): string => `${c[0]},${c[1]}`;

/** Edges of the union's boundary: each cell's sides not shared with another cell, anticlockwise. */
function boundaryEdges(cells: readonly [number, number][]): Edge[] {
  const occupied = new Set(cells.map(([ix, iy]) => `${ix},${iy}`));
  const has = (ix: number, iy: number) => occupied.has(`${ix},${iy}`);
  const edges: Edge[] = [];
  const add = (from: Corner, to: Corner) => edges.push({ from, to, used: false });
  for (const cell of occupied) {
    const [ix, iy] = cell.split(',').map(Number) as [number, number];
    if (!has(ix, iy - 1)) add([ix, iy], [ix + 1, iy]);
    if (!has(ix + 1, iy)) add([ix + 1, iy], [ix + 1, iy + 1]);
    if (!has(ix, iy + 1)) add([ix + 1, iy + 1], [ix, iy + 1]);
    if (!has(ix - 1, iy)) add([ix, iy + 1], [ix, iy]);
  }
  return edges;
}

/** Turn from direction d1 to d2: 1 left, 0 straight, −1 right. */
function turn(d1: Corner, d2: Corner): number {
  return Math.sign(d1[0] * d2[1] - d1[1] * d2[0]);
}

/**
 * Chains the edges into closed rings of lattice corners. Where two cells touch only at a corner,
 * the sharpest left turn is taken, so the two stay separate rings (polygons may touch at a
 * point) rather than one ring crossing itself. Straight runs are joined into one side.
 */
function chainRings(edges: Edge[]): Corner[][] {
  const leaving = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = leaving.get(key(edge.from)) ?? [];
    list.push(edge);
    leaving.set(key(edge.from), list);
  }
  const directionOf = (e: Edge): Corner => [e.to[0] - e.from[0], e.to[1] - e.from[1]];
  const rings: Corner[][] = [];
  for (const start of edges) {
    if (start.used) continue;
    start.used = true;
    const ring: Corner[] = [];
    let edge = start;
    for (;;) {
      const direction = directionOf(edge);
      const options = (leaving.get(key(edge.to)) ?? []).filter((e) => !e.used || e === start);
      if (options.length === 0) break;
      const next = options.reduce((best, e) =>
        turn(direction, directionOf(e)) > turn(direction, directionOf(best)) ? e : best,
      );
      if (turn(direction, directionOf(next)) !== 0) ring.push(edge.to);
      if (next === start) break;
      next.used = true;
      edge = next;
    }
    ring.push([...(ring[0] as Corner)]);
    rings.push(ring);
  }
  return rings;
}

/**
 * The outline of a set of square grid cells (e.g. a cluster of adjacent hot cells) as a
 * multipolygon in BNG metres: the outer boundary of their union with no interior edges, one
 * polygon per group of edge-adjacent cells (cells touching only at a corner are separate
 * polygons), holes where the cells surround empty ones. Rings are closed; outer rings run
 * anticlockwise and holes clockwise. Cells are [column, row] offsets from `lattice.x0`/`y0`;
 * with absolute BNG cell indexes (`hotspots --json`'s ix, iy = floor(easting / size)) pass
 * x0 = y0 = 0. Duplicate cells count once.
 */
export function cellsToMultiPolygon(
  cells: readonly [number, number][],
  lattice: CellLattice,
): BngMultiPolygon {
  const { x0, y0, cellSize } = lattice;
  const toBng = (ring: Corner[]): BngRing =>
    ring.map(([ix, iy]) => [(x0 + ix) * cellSize, (y0 + iy) * cellSize]);
  const rings = chainRings(boundaryEdges(cells)).map(toBng);
  const outers = rings.filter((r) => signedRingArea(r) > 0).map((r) => [r]);
  const holes = rings.filter((r) => signedRingArea(r) < 0);
  for (const hole of holes) {
    // The centre of the empty cell to the right of the hole's first side: inside the hole, so
    // inside the outer ring around it; the smallest outer ring holding it is the hole's own.
    const [ax, ay] = hole[0] as [number, number];
    const [bx, by] = hole[1] as [number, number];
    const dx = Math.sign(bx - ax);
    const dy = Math.sign(by - ay);
    const half = cellSize / 2;
    const probe: [number, number] = [ax + (dx + dy) * half, ay + (dy - dx) * half];
    let home: BngRing[] | null = null;
    for (const polygon of outers) {
      const outer = polygon[0] as BngRing;
      if (!pointInMultiPolygon([[outer]], probe[0], probe[1])) continue;
      if (!home || signedRingArea(outer) < signedRingArea(home[0] as BngRing)) home = polygon;
    }
    home?.push(hole);
  }
  return outers;
}
