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
}

/**
 * Connected components, 8-neighbour (queen, the neighbourhood Gi* itself uses), of the cells
 * whose Gi* class is hot at `minClass` or above. `classes` are the codes of `giStar` (−3…3,
 * −128 outside the study area) on an nx × ny row-major grid. Clusters come largest peak z first.
 */
export function giStarClusters(
  classes: Int8Array,
  z: Float64Array,
  nx: number,
  ny: number,
  options: GiStarClusterOptions = {},
): GiStarCluster[] {
  const minClass = options.minClass ?? 2;
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
  return clusters.sort((a, b) => b.maxZ - a.maxZ);
}
