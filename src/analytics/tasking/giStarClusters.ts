/** Confidence of a Gi* class code (3 → 0.99, 2 → 0.95, 1 → 0.9), null when not hot. */
export function hotConfidence(classCode: number): number | null {
  return classCode >= 3 ? 0.99 : classCode === 2 ? 0.95 : classCode === 1 ? 0.9 : null;
}

/** A set of touching significant hot cells: one place on the map. */
export interface GiStarCluster {
  /** Grid indexes (row·nx + col) of its cells, ascending. */
  cells: number[];
  /** Largest Gi* z among its cells. */
  maxZ: number;
  /** Highest confidence among its cells: 0.99, 0.95 or 0.9. */
  confidence: number;
}

/** Options of {@link giStarClusters}. */
export interface GiStarClusterOptions {
  /** Smallest hot class code a cell needs to join a cluster (default 2: hot at 95%). */
  minClass?: number;
  /**
   * Largest cluster in cells (default unlimited). A larger set of touching hot cells is split
   * into parts around its peaks by {@link splitAroundPeaks}.
   */
  maxCells?: number;
  /** Furthest a part reaches from its peak, in cells (Chebyshev; default unlimited). */
  maxReach?: number;
}

/**
 * Connected components, 8-neighbour (queen, the neighbourhood Gi* itself uses), of the cells
 * whose Gi* class is hot at `minClass` or above. `classes` are the codes of `giStar` (−3…3,
 * −128 outside the study area) on an nx × ny row-major grid. A component larger than
 * `maxCells` is split into parts around its peaks ({@link splitAroundPeaks}). Clusters come
 * largest peak z first (ties: lowest first cell).
 */
export function giStarClusters(
  classes: Int8Array,
  z: Float64Array,
  nx: number,
  ny: number,
  options: GiStarClusterOptions = {},
): GiStarCluster[] {
  const minClass = options.minClass ?? 2;
  const maxCells = options.maxCells ?? Infinity;
  const maxReach = options.maxReach ?? Infinity;
  const label = new Int32Array(classes.length).fill(-1);
  const clusters: GiStarCluster[] = [];
  const stack: number[] = [];
  for (let start = 0; start < classes.length; start++) {
    if (label[start] !== -1 || (classes[start] as number) < minClass) continue;
    const id = clusters.length;
    const cluster: GiStarCluster = { cells: [], maxZ: -Infinity, confidence: 0 };
    clusters.push(cluster);
    label[start] = id;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop() as number;
      cluster.cells.push(cell);
      cluster.maxZ = Math.max(cluster.maxZ, z[cell] as number);
      cluster.confidence = Math.max(
        cluster.confidence,
        hotConfidence(classes[cell] as number) ?? 0,
      );
      const col = cell % nx;
      const row = (cell - col) / nx;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const c = col + dx;
          const r = row + dy;
          if (c < 0 || r < 0 || c >= nx || r >= ny) continue;
          const next = r * nx + c;
          if (label[next] !== -1 || (classes[next] as number) < minClass) continue;
          label[next] = id;
          stack.push(next);
        }
      }
    }
    cluster.cells.sort((a, b) => a - b);
  }
  const parts = clusters.flatMap((cluster) =>
    cluster.cells.length > maxCells
      ? splitAroundPeaks(cluster.cells, classes, z, nx, maxCells, maxReach)
      : [cluster],
  );
  return parts.sort((a, b) => b.maxZ - a.maxZ || (a.cells[0] as number) - (b.cells[0] as number));
}

/**
 * Splits one set of touching hot cells into places around its peaks, deterministically: the
 * highest-z cell not yet taken (ties: lowest index) seeds a part, which grows by taking the
 * highest-z untaken cell of the set touching it (8 neighbours, ties: lowest index) within
 * `maxReach` cells of the seed, until it holds `maxCells` or nothing more touches it; then the
 * next seed. Every part is connected and at most `maxCells`; every cell lands in one part.
 */
export function splitAroundPeaks(
  cells: readonly number[],
  classes: Int8Array,
  z: Float64Array,
  nx: number,
  maxCells: number,
  maxReach: number,
): GiStarCluster[] {
  const untaken = new Set(cells);
  const byPeak = [...cells].sort((a, b) => (z[b] as number) - (z[a] as number) || a - b);
  const higher = (a: number, b: number) =>
    (z[a] as number) > (z[b] as number) || (z[a] === z[b] && a < b);
  const parts: GiStarCluster[] = [];
  for (const seed of byPeak) {
    if (!untaken.has(seed)) continue;
    untaken.delete(seed);
    const seedCol = seed % nx;
    const seedRow = (seed - seedCol) / nx;
    const part = [seed];
    const frontier = new Set<number>();
    const reachable = (cell: number) => {
      const col = cell % nx;
      const row = (cell - col) / nx;
      return Math.max(Math.abs(col - seedCol), Math.abs(row - seedRow)) <= maxReach;
    };
    const touch = (cell: number) => {
      const col = cell % nx;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          if (col + dx < 0 || col + dx >= nx) continue;
          const next = cell + dy * nx + dx;
          if (untaken.has(next) && reachable(next)) frontier.add(next);
        }
    };
    touch(seed);
    while (part.length < maxCells && frontier.size > 0) {
      let best = -1;
      for (const cell of frontier) if (best < 0 || higher(cell, best)) best = cell;
      frontier.delete(best);
      untaken.delete(best);
      part.push(best);
      touch(best);
    }
    part.sort((a, b) => a - b);
    parts.push({
      cells: part,
      maxZ: z[seed] as number,
      confidence: Math.max(...part.map((cell) => hotConfidence(classes[cell] as number) ?? 0)),
    });
  }
  return parts;
}
