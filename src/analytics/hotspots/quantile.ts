/**
 * R's default (type 7) sample quantile of an already sorted array:
 * linear interpolation between order statistics at h = (n − 1)·p.
 */
export function quantileSorted(sorted: Float64Array, probability: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * probability;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, n - 1);
  const low = sorted[lower] as number;
  return low + (h - lower) * ((sorted[upper] as number) - low);
}

/**
 * The same quantile as {@link quantileSorted} of `values` sorted, found by selection (linear
 * time, no sort); `values` must be finite and is reordered.
 */
export function quantileBySelection(values: Float64Array, probability: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * probability;
  const lower = Math.floor(h);
  selectInPlace(values, lower);
  const low = values[lower] as number;
  if (lower + 1 >= n) return low;
  let next = Infinity;
  for (let i = lower + 1; i < n; i++) if ((values[i] as number) < next) next = values[i] as number;
  return low + (h - lower) * (next - low);
}

/** Hoare's selection: afterwards `values[k]` is the k-th smallest, none larger before it. */
function selectInPlace(values: Float64Array, k: number): void {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const a = values[left] as number;
    const b = values[(left + right) >> 1] as number;
    const c = values[right] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** Finite values of `values` copied and sorted ascending. */
export function sortedFinite(values: Float64Array): Float64Array {
  let count = 0;
  for (const v of values) if (Number.isFinite(v)) count++;
  const out = new Float64Array(count);
  let k = 0;
  for (const v of values) if (Number.isFinite(v)) out[k++] = v;
  return out.sort();
}

/** Sample standard deviation (n − 1 denominator, as R's `sd`), two-pass. */
export function sampleStandardDeviation(values: Float64Array): number {
  const n = values.length;
  if (n < 2) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return Math.sqrt(squares / (n - 1));
}

/** Values sorted ascending, each with its weight (e.g. incidents at one location). */
export interface WeightedSorted {
  values: Float64Array;
  weights: Float64Array;
  /** Σ weights: the length of the array with each value repeated by its weight. */
  total: number;
}

/** Finite values of `values` with a positive weight, sorted ascending with their weights. */
export function sortedFiniteWeighted(values: Float64Array, weights: Float64Array): WeightedSorted {
  const order: number[] = [];
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i]) && (weights[i] as number) > 0) order.push(i);
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const sorted: WeightedSorted = {
    values: new Float64Array(order.length),
    weights: new Float64Array(order.length),
    total: 0,
  };
  order.forEach((i, k) => {
    sorted.values[k] = values[i] as number;
    sorted.weights[k] = weights[i] as number;
    sorted.total += weights[i] as number;
  });
  return sorted;
}

/**
 * {@link quantileSorted} of the array in which each value is repeated by its weight, without
 * building it; the same number for integer weights.
 */
export function weightedQuantileSorted(sorted: WeightedSorted, probability: number): number {
  const n = sorted.total;
  if (!(n > 0)) return NaN;
  const h = (n - 1) * probability;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, n - 1);
  let i = 0;
  let covered = sorted.weights[0] as number;
  while (covered <= lower) covered += sorted.weights[++i] as number;
  const low = sorted.values[i] as number;
  while (covered <= upper) covered += sorted.weights[++i] as number;
  return low + (h - lower) * ((sorted.values[i] as number) - low);
}

/** {@link sampleStandardDeviation} of the values repeated by their weights (n = Σ weights). */
export function weightedSampleStandardDeviation(sorted: WeightedSorted): number {
  const n = sorted.total;
  if (n < 2) return NaN;
  let sum = 0;
  for (let i = 0; i < sorted.values.length; i++)
    sum += (sorted.weights[i] as number) * (sorted.values[i] as number);
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < sorted.values.length; i++) {
    const d = (sorted.values[i] as number) - mean;
    squares += (sorted.weights[i] as number) * d * d;
  }
  return Math.sqrt(squares / (n - 1));
}
