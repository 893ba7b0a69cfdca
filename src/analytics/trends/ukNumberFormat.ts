import { monthIndex, monthLabel, monthRuns } from '../months';
import type { MonthWindow } from './comparisonWindows';
import type { MonthKey } from './monthlySeries';

const WHOLE_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const TWO_DECIMALS = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const TWO_SIGNIFICANT = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** A count with thousands separators: 1,234. */
export function formatCount(count: number): string {
  return WHOLE_NUMBER.format(count);
}

/** A count, or "no data" for a period without any (never shown as 0). */
export function formatCountOrNoData(count: number | null): string {
  return count === null ? 'no data' : formatCount(count);
}

/** A percentage size to one decimal place, without sign: 6.8%. */
export function formatPercentSize(percent: number): string {
  return `${ONE_DECIMAL.format(Math.abs(percent))}%`;
}

/** A rate ratio to two decimals (two significant figures below 0.01): 0.82. */
export function formatRatio(ratio: number): string {
  if (ratio === Infinity) return 'infinity';
  return ratio > 0 && ratio < 0.01 ? TWO_SIGNIFICANT.format(ratio) : TWO_DECIMALS.format(ratio);
}

/** The name of a month alone: 'April'. */
export function monthName(month: MonthKey): string {
  const index = monthIndex(month);
  return MONTH_NAME.format(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)));
}

/** 'June 2025', 'April–June 2025' or 'November 2024 – March 2025'. */
export function formatWindow(window: MonthWindow): string {
  if (window.first === window.last) return monthLabel(window.last);
  const sameYear = window.first.slice(0, 4) === window.last.slice(0, 4);
  return sameYear
    ? `${monthName(window.first)}–${monthLabel(window.last)}`
    : `${monthLabel(window.first)} – ${monthLabel(window.last)}`;
}

/** '2024-05 has no data', '2024-05 to 2024-12 have no data', joined with 'and'. */
export function describeMissingMonths(months: readonly MonthKey[]): string {
  const runs = monthRuns(months).map((run) =>
    run.from === run.to ? run.from : `${run.from} to ${run.to}`,
  );
  const plural = months.length > 1;
  const listed =
    runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1) ?? ''}`;
  return `${listed} ${plural ? 'have' : 'has'} no data`;
}
