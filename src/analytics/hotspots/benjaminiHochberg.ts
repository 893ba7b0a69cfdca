/**
 * Benjamini–Hochberg false discovery rate adjustment, identical to R's
 * `p.adjust(p, method = "BH")`: with the m p-values sorted ascending, adjusted p(k) =
 * min over j ≥ k of (m/j)·p(j), capped at 1. NaN p-values stay NaN and are not counted in m,
 * as in R. Tied p-values get the same adjusted value, so each p looks its value up by binary
 * search in the sorted copy (a native numeric sort, no comparator: fast on 500k cells).
 */
export function benjaminiHochberg(pValues: Float64Array): Float64Array {
  let m = 0;
  for (const p of pValues) if (!Number.isNaN(p)) m++;
  const sorted = new Float64Array(m);
  let next = 0;
  for (const p of pValues) if (!Number.isNaN(p)) sorted[next++] = p;
  sorted.sort();
  const adjustedSorted = new Float64Array(m);
  let runningMin = 1;
  for (let k = m - 1; k >= 0; k--) {
    const candidate = (m / (k + 1)) * (sorted[k] as number);
    if (candidate < runningMin) runningMin = candidate;
    adjustedSorted[k] = runningMin;
  }
  const adjusted = new Float64Array(pValues.length);
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i] as number;
    adjusted[i] = Number.isNaN(p) ? NaN : (adjustedSorted[lowerBound(sorted, p)] as number);
  }
  return adjusted;
}

/** First index k with sorted[k] ≥ value. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
