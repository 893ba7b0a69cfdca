/**
 * Accuracy of a hotspot selection against incidents, for choosing hotspots that predict well.
 * `selected` marks the chosen cells (1) among the study cells; `studyCells` is the number of
 * cells in the study area (equal-sized cells, so cell shares are area shares).
 */

function selectionTotals(
  counts: Float64Array,
  selected: Uint8Array,
): { captured: number; total: number; cells: number } {
  let captured = 0;
  let total = 0;
  let cells = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (Number.isNaN(c)) continue;
    total += c;
    if (selected[i] === 1) {
      captured += c;
      cells++;
    }
  }
  return { captured, total, cells };
}

/** Predictive Accuracy Index (Chainey et al. 2008): (n/N) / (a/A). */
export function predictiveAccuracyIndex(
  counts: Float64Array,
  selected: Uint8Array,
  studyCells: number,
): number {
  const { captured, total, cells } = selectionTotals(counts, selected);
  if (total === 0 || cells === 0) return NaN;
  return captured / total / (cells / studyCells);
}

/**
 * Recapture Rate Index (Levine 2008): (n₂/n₁) / (N₂/N₁), the incidents captured by the same
 * cells in the later period relative to the earlier one, scaled by the change in the total.
 */
export function recaptureRateIndex(
  countsBefore: Float64Array,
  countsAfter: Float64Array,
  selected: Uint8Array,
): number {
  const before = selectionTotals(countsBefore, selected);
  const after = selectionTotals(countsAfter, selected);
  if (before.captured === 0 || before.total === 0 || after.total === 0) return NaN;
  return after.captured / before.captured / (after.total / before.total);
}

/**
 * Predictive Efficiency Index (Hunt 2016): PAI of the selection divided by the best PAI that
 * the same number of cells could have reached, i.e. captured / (sum of the top-k cell counts).
 */
export function predictiveEfficiencyIndex(counts: Float64Array, selected: Uint8Array): number {
  const { captured, cells } = selectionTotals(counts, selected);
  const best = counts
    .filter((c) => !Number.isNaN(c))
    .sort()
    .reverse();
  let bestCaptured = 0;
  for (let i = 0; i < cells && i < best.length; i++) bestCaptured += best[i] as number;
  return bestCaptured > 0 ? captured / bestCaptured : NaN;
}
