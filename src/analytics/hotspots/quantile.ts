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
