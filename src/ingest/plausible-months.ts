/** A range of months, both ends included, as YYYY-MM. */
export interface MonthRange {
  first: string;
  last: string;
}

/** The YYYY-MM month a moment falls in (UTC). */
export function monthOf(moment: Date): string {
  return moment.toISOString().slice(0, 7);
}

/** The months a local extract's incidents may plausibly fall in unless the load says otherwise. */
export function defaultLocalMonths(now: Date = new Date()): MonthRange {
  return { first: '2000-01', last: monthOf(now) };
}

/** Why a YYYY-MM month is outside the range, or null when it is inside. */
export function monthOutside(month: string, range: MonthRange): string | null {
  if (month < range.first) return `month ${month} is before ${range.first}, the earliest plausible`;
  if (month > range.last) return `month ${month} is after ${range.last}, the latest plausible`;
  return null;
}
