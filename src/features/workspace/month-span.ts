/** "2025-01 to 2025-12 (12 months)" for a file's months; "no months" when it has none. */
export function monthSpan(months: readonly string[]): string {
  if (months.length === 0) return 'no months';
  const sorted = [...months].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const count = `${sorted.length} month${sorted.length === 1 ? '' : 's'}`;
  return first === last ? first : `${first} to ${last} (${count})`;
}
