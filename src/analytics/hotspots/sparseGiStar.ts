import type { CellGrid } from './cellGrid';
import { hotspotClassCode, OUTSIDE_STUDY_AREA } from './hotspotClass';
import { twoSidedNormalP } from './normalTail';
import { queenNeighbourCounts } from './queenWindowSums';

/**
 * The non-zero counts of one grid, study cells only: `cells` ascending, `values` aligned.
 * Every other study cell counts 0.
 */
export interface SparseCounts {
  cells: Int32Array;
  values: Float64Array;
}

/** What every Gi* over one grid shares: the queen weights and how many study cells have each. */
export interface SparseGridFrame {
  grid: CellGrid;
  /** W_i of every cell: study cells in its 3×3 window, itself included (0…9). */
  neighbourCounts: Float64Array;
  /** Study cells with each W (index 0…9). */
  studyCellsByWeight: Float64Array;
  /** Study cells (spdep's n). */
  n: number;
}

/**
 * Gi* of one grid's counts where only the cells near an incident are worked out one by one:
 * a study cell whose 3×3 window is empty has z = −W·x̄ / σ_W, the same for every such cell
 * with the same W (0…9), so it is kept once per W.
 */
export interface SparseGiStar {
  /** Study cells with a count in their window, ascending. */
  active: Int32Array;
  /** Gi* z of each active cell. */
  z: Float64Array;
  /** Gi* z of a study cell with an empty window, by W. */
  emptyZ: Float64Array;
  /** Study cells with an empty window, by W. */
  emptyByWeight: Float64Array;
}

const WEIGHTS = 10;

export function sparseGridFrame(grid: CellGrid): SparseGridFrame {
  const neighbourCounts = queenNeighbourCounts(grid.nx, grid.ny, grid.studyArea);
  const studyCellsByWeight = new Float64Array(WEIGHTS);
  let n = 0;
  for (let i = 0; i < neighbourCounts.length; i++) {
    if (grid.studyArea && grid.studyArea[i] === 0) continue;
    n++;
    const w = neighbourCounts[i] as number;
    studyCellsByWeight[w] = (studyCellsByWeight[w] as number) + 1;
  }
  return { grid, neighbourCounts, studyCellsByWeight, n };
}

/**
 * Counts of study cells, from each point's cell (−1 off the grid or study area) and group
 * (a time step, or −1 to leave the point out): one {@link SparseCounts} per group.
 */
export function sparseCountsByGroup(
  cellOf: Int32Array,
  groupOf: Int32Array,
  groups: number,
): SparseCounts[] {
  const sizes = new Int32Array(groups);
  for (let i = 0; i < cellOf.length; i++) {
    const g = groupOf[i] as number;
    if ((cellOf[i] as number) >= 0 && g >= 0 && g < groups) sizes[g] = (sizes[g] as number) + 1;
  }
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(groups);
  for (let i = 0; i < cellOf.length; i++) {
    const g = groupOf[i] as number;
    const cell = cellOf[i] as number;
    if (cell < 0 || g < 0 || g >= groups) continue;
    (members[g] as Int32Array)[filled[g] as number] = cell;
    filled[g] = (filled[g] as number) + 1;
  }
  return members.map((cells) => runLengths(cells.sort()));
}

function runLengths(sorted: Int32Array): SparseCounts {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const cells = new Int32Array(distinct);
  const values = new Float64Array(distinct);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) cells[++k] = sorted[i] as number;
    values[k] = (values[k] as number) + 1;
  }
  return { cells, values };
}

/** Reusable per-cell buffers of a frame: window sums and the list of cells they touch. */
export interface SparseScratch {
  lag: Float64Array;
}

export function sparseScratch(frame: SparseGridFrame): SparseScratch {
  return { lag: new Float64Array(frame.neighbourCounts.length) };
}

/**
 * Gi* of `counts` on the frame's grid, equal (to the last bit) to `giStarZ` on the dense grid:
 * the mean and the sum of squares are accumulated over the study cells in the same order.
 */
export function sparseGiStar(
  frame: SparseGridFrame,
  counts: SparseCounts,
  scratch: SparseScratch = sparseScratch(frame),
): SparseGiStar {
  const { grid, neighbourCounts, n } = frame;
  const { nx, ny, studyArea } = grid;
  const cellCount = nx * ny;
  let sum = 0;
  for (let k = 0; k < counts.values.length; k++) sum += counts.values[k] as number;
  const mean = sum / n;
  // Σ(x − x̄)² in cell order, zero cells included one by one, as the dense sum adds them.
  const emptySquare = (0 - mean) * (0 - mean);
  let squares = 0;
  let next = 0;
  let nextCell = counts.cells.length > 0 ? (counts.cells[0] as number) : -1;
  for (let i = 0; i < cellCount; i++) {
    if (studyArea && studyArea[i] === 0) continue;
    if (i === nextCell) {
      const d = (counts.values[next] as number) - mean;
      squares += d * d;
      next++;
      nextCell = next < counts.cells.length ? (counts.cells[next] as number) : -1;
    } else squares += emptySquare;
  }
  const variance = squares / n;
  const denominatorOf = (w: number) => Math.sqrt((variance * (n * w - w * w)) / (n - 1));
  const denominators = Float64Array.from({ length: WEIGHTS }, (_, w) => denominatorOf(w));
  const zOf = (lag: number, w: number) => {
    const denominator = denominators[w] as number;
    return denominator > 0 ? (lag - w * mean) / denominator : 0;
  };

  const { lag } = scratch;
  const touched: number[] = [];
  for (let k = 0; k < counts.cells.length; k++) {
    const cell = counts.cells[k] as number;
    const value = counts.values[k] as number;
    const col = cell % nx;
    const row = (cell - col) / nx;
    for (let r = Math.max(0, row - 1); r <= Math.min(ny - 1, row + 1); r++) {
      for (let c = Math.max(0, col - 1); c <= Math.min(nx - 1, col + 1); c++) {
        const at = r * nx + c;
        if (studyArea && studyArea[at] === 0) continue;
        if (lag[at] === 0) touched.push(at);
        lag[at] = (lag[at] as number) + value;
      }
    }
  }
  const active = Int32Array.from(touched).sort();
  const z = new Float64Array(active.length);
  const emptyByWeight = Float64Array.from(frame.studyCellsByWeight);
  for (let k = 0; k < active.length; k++) {
    const cell = active[k] as number;
    const w = neighbourCounts[cell] as number;
    z[k] = zOf(lag[cell] as number, w);
    emptyByWeight[w] = (emptyByWeight[w] as number) - 1;
    lag[cell] = 0;
  }
  const emptyZ = Float64Array.from({ length: WEIGHTS }, (_, w) => zOf(0, w));
  return { active, z, emptyZ, emptyByWeight };
}

/**
 * The Benjamini–Hochberg cut (see `benjaminiHochbergCut`) of the p-values of a sparse Gi*:
 * one per active cell and, for the empty-window cells, one per W repeated as many times.
 */
export function sparseBenjaminiHochbergCut(
  activeP: Float64Array,
  emptyP: Float64Array,
  emptyByWeight: Float64Array,
  alpha: number,
): number {
  let m = 0;
  const small: number[] = [];
  for (const p of activeP) {
    if (Number.isNaN(p)) continue;
    m++;
    if (p < alpha) small.push(p);
  }
  for (let w = 0; w < WEIGHTS; w++) {
    const p = emptyP[w] as number;
    const cells = emptyByWeight[w] as number;
    if (cells === 0 || Number.isNaN(p)) continue;
    m += cells;
    if (p < alpha) for (let k = 0; k < cells; k++) small.push(p);
  }
  const sorted = Float64Array.from(small).sort();
  for (let j = sorted.length; j >= 1; j--) {
    const p = sorted[j - 1] as number;
    if ((m / j) * p < alpha) return p;
  }
  return -1;
}

/** The levels of the Gi* classes (hot/cold at 90%, 95%, 99%). */
const CLASS_LEVELS = [0.1, 0.05, 0.01] as const;

/**
 * Gi* z and class of every cell, as `giStar` gives them (`z`, `classes`), from a sparse Gi*:
 * with FDR a cell's BH-adjusted p is below a level exactly when its p is at most that level's
 * cut, so the classes need three cuts, not every p sorted.
 */
export function sparseGiStarClasses(
  frame: SparseGridFrame,
  counts: SparseCounts,
  fdr: boolean,
): { z: Float64Array; classes: Int8Array } {
  const gi = sparseGiStar(frame, counts);
  const pOf = (z: number) => (Number.isNaN(z) ? NaN : twoSidedNormalP(z));
  const activeP = gi.z.map(pOf);
  const emptyP = gi.emptyZ.map(pOf);
  const cuts = CLASS_LEVELS.map((alpha) =>
    fdr ? sparseBenjaminiHochbergCut(activeP, emptyP, gi.emptyByWeight, alpha) : -1,
  );
  // A p standing in for the adjusted one: below the level exactly when the adjusted p is.
  const judged = (p: number) => {
    if (!fdr) return p;
    if (!(p <= (cuts[0] as number))) return 1;
    return p <= (cuts[2] as number) ? 0 : p <= (cuts[1] as number) ? 0.02 : 0.07;
  };
  const { grid, neighbourCounts } = frame;
  const cellCount = grid.nx * grid.ny;
  const z = new Float64Array(cellCount);
  const classes = new Int8Array(cellCount);
  const emptyClass = Int8Array.from(gi.emptyZ, (zw, w) =>
    hotspotClassCode(zw, judged(emptyP[w] as number)),
  );
  for (let i = 0; i < cellCount; i++) {
    if (grid.studyArea && grid.studyArea[i] === 0) {
      z[i] = NaN;
      classes[i] = OUTSIDE_STUDY_AREA;
      continue;
    }
    const w = neighbourCounts[i] as number;
    z[i] = gi.emptyZ[w] as number;
    classes[i] = emptyClass[w] as number;
  }
  for (let k = 0; k < gi.active.length; k++) {
    const cell = gi.active[k] as number;
    const zk = gi.z[k] as number;
    z[cell] = zk;
    classes[cell] = hotspotClassCode(zk, judged(activeP[k] as number));
  }
  return { z, classes };
}
