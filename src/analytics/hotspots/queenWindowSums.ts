/** Sums over each cell's queen neighbourhood including itself (the 3×3 window). */
export interface QueenWindowSums {
  /** Σ of the values of the cell and its up-to-8 neighbours in the study area. */
  lagSums: Float64Array;
  /** How many of those 9 cells are in the grid and the study area (Wi = S1i for binary weights). */
  neighbourCounts: Float64Array;
}

/**
 * 3×3 window sums in O(cells) with two separable passes (rows, then columns). Cells outside
 * the study area (mask 0) count as absent: they add nothing to the sums or the counts.
 */
export function queenWindowSums(
  values: Float64Array,
  nx: number,
  ny: number,
  studyArea: Uint8Array | null,
): QueenWindowSums {
  const masked = studyArea ? values.map((v, i) => (studyArea[i] === 1 ? v : 0)) : values;
  const lagSums = boxSum3x3(masked, nx, ny);
  const presence = new Float64Array(nx * ny);
  if (studyArea) for (let i = 0; i < presence.length; i++) presence[i] = studyArea[i] as number;
  else presence.fill(1);
  const neighbourCounts = boxSum3x3(presence, nx, ny);
  return { lagSums, neighbourCounts };
}

/** Window counts for a grid, computed once and shared by every time slice. */
export function queenNeighbourCounts(
  nx: number,
  ny: number,
  studyArea: Uint8Array | null,
): Float64Array {
  const presence = new Float64Array(nx * ny);
  if (studyArea) for (let i = 0; i < presence.length; i++) presence[i] = studyArea[i] as number;
  else presence.fill(1);
  return boxSum3x3(presence, nx, ny);
}

/** Σ over the 3×3 window around every cell, edges truncated. `out` may be reused. */
export function boxSum3x3(
  values: Float64Array,
  nx: number,
  ny: number,
  out: Float64Array = new Float64Array(nx * ny),
  rowPass: Float64Array = new Float64Array(nx * ny),
): Float64Array {
  for (let row = 0; row < ny; row++) {
    const start = row * nx;
    for (let col = 0; col < nx; col++) {
      const i = start + col;
      let sum = values[i] as number;
      if (col > 0) sum += values[i - 1] as number;
      if (col < nx - 1) sum += values[i + 1] as number;
      rowPass[i] = sum;
    }
  }
  for (let row = 0; row < ny; row++) {
    const start = row * nx;
    for (let col = 0; col < nx; col++) {
      const i = start + col;
      let sum = rowPass[i] as number;
      if (row > 0) sum += rowPass[i - nx] as number;
      if (row < ny - 1) sum += rowPass[i + nx] as number;
      out[i] = sum;
    }
  }
  return out;
}
