/**
 * Benjamini–Hochberg false discovery rate adjustment, identical to R's
 * `p.adjust(p, method = "BH")`: adjusted p(i) = min over j ≥ i of m·p(j)/j (sorted ascending),
 * capped at 1. NaN p-values are left as NaN and not counted in m, as in R.
 */
export function benjaminiHochberg(pValues: Float64Array): Float64Array {
  const adjusted = new Float64Array(pValues.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) {
    if (!Number.isNaN(pValues[i] as number)) order.push(i);
  }
  const m = order.length;
  order.sort((a, b) => (pValues[b] as number) - (pValues[a] as number));
  let runningMin = 1;
  for (let rankFromTop = 0; rankFromTop < m; rankFromTop++) {
    const index = order[rankFromTop] as number;
    const rank = m - rankFromTop;
    const candidate = ((pValues[index] as number) * m) / rank;
    if (candidate < runningMin) runningMin = candidate;
    adjusted[index] = runningMin;
  }
  return adjusted;
}
