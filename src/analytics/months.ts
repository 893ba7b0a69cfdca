/** Month arithmetic on 'YYYY-MM' strings. */

export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return year * 12 + (m - 1);
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${year}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: string, delta: number): string {
  return monthFromIndex(monthIndex(month) + delta);
}

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
  return out;
}

/** Months between the first and last covered month that have no data: missing, not zero. */
export function missingMonths(covered: readonly string[]): string[] {
  if (covered.length === 0) return [];
  const sorted = [...covered].sort();
  const have = new Set(sorted);
  return monthRange(sorted[0] as string, sorted[sorted.length - 1] as string).filter(
    (m) => !have.has(m),
  );
}

/** Groups consecutive months into ranges, e.g. ['2019-03 … 2023-12', '2024-05 … 2024-12']. */
export function monthRuns(months: readonly string[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = [];
  for (const m of [...months].sort()) {
    const last = runs[runs.length - 1];
    if (last && monthIndex(m) === monthIndex(last.to) + 1) last.to = m;
    else runs.push({ from: m, to: m });
  }
  return runs;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'June 2025' for '2025-06'. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1] ?? '?'} ${year}`;
}
