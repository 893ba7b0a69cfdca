import { predictiveAccuracyIndex } from '../hotspots/predictiveAccuracy';

/** How well a set of cells chosen beforehand captured one month's incidents. */
export interface SelectionScore {
  /** Captured / the month's incidents on the grid. */
  hitRate: number;
  /** Hit rate / area share (Predictive Accuracy Index). */
  pai: number;
  /** PAI / the best PAI any k cells could have reached (Predictive Efficiency Index). */
  pei: number;
}

/**
 * The best number of incidents k cells could capture, for every k: prefix sums of the month's
 * study-cell counts sorted from the highest.
 */
export function bestCapturedByCells(
  counts: Float64Array,
  studyArea: Uint8Array | null,
): Float64Array {
  const values: number[] = [];
  for (let i = 0; i < counts.length; i++)
    if (!studyArea || studyArea[i] === 1) values.push(counts[i] as number);
  values.sort((a, b) => b - a);
  const prefix = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++)
    prefix[k + 1] = (prefix[k] as number) + (values[k] as number);
  return prefix;
}

/**
 * Scores the chosen cells (`cells`, indexes) on a month's counts. `best` is
 * {@link bestCapturedByCells} of the same counts. NaN throughout when the month has no incidents.
 */
export function scoreSelection(
  counts: Float64Array,
  cells: ArrayLike<number>,
  studyCells: number,
  best: Float64Array,
): SelectionScore {
  const selected = new Uint8Array(counts.length);
  let captured = 0;
  let total = 0;
  for (let i = 0; i < cells.length; i++) selected[cells[i] as number] = 1;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i] as number;
    if (selected[i] === 1) captured += counts[i] as number;
  }
  const pai = predictiveAccuracyIndex(counts, selected, studyCells);
  const bestCaptured = best[Math.min(cells.length, best.length - 1)] as number;
  const bestPai = total > 0 ? bestCaptured / total / (cells.length / studyCells) : NaN;
  return {
    hitRate: total > 0 ? captured / total : NaN,
    pai,
    pei: bestPai > 0 ? pai / bestPai : NaN,
  };
}
