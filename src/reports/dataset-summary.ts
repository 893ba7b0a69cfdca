import type { DuckConnector } from '../db/connector';
import { missingMonths } from '../analytics/months';
import type { IncidentFilter } from '../sql/filters';
import type { CountedRelation } from '../sql/incident-cube';
import { MONTHS_COVERED_SQL, summaryCountsSql, UNLOCATED_REASONS_SQL } from '../sql/summary';

/** The documented shape printed by `cli summary --json` (see README). */
export interface DatasetSummary {
  totals: { incidents: number; located: number; unlocated: number };
  unlocatedReasons: { reason: string; count: number }[];
  months: { first: string | null; last: string | null; covered: string[]; missing: string[] };
  byCategory: Record<string, number>;
  byMonth: Record<string, number>;
  /** month → category → count; covered months with no incidents of a category are absent. */
  byMonthCategory: Record<string, Record<string, number>>;
  byCrimeType: { type: string; category: string; count: number }[];
}

/** What the summary takes from the whole loaded data, whatever the filter. */
export interface DatasetCoverage {
  /** Months with data, of any source, in order. */
  covered: string[];
  unlocatedReasons: { reason: string; count: number }[];
}

export async function datasetCoverage(db: DuckConnector): Promise<DatasetCoverage> {
  const coverage = await db.query<{ month: string }>(MONTHS_COVERED_SQL);
  return {
    covered: [...new Set(coverage.map((r) => r.month))].sort(),
    unlocatedReasons: await db.query<{ reason: string; count: number }>(UNLOCATED_REASONS_SQL),
  };
}

/**
 * Builds the summary of everything loaded (optionally narrowed by a filter); `coverage`, when
 * the caller has it for the same loaded data, is not read again; `relation` counts from the
 * incident cube instead of every incident (when it answers the filter).
 */
export async function datasetSummary(
  db: DuckConnector,
  filter?: IncidentFilter,
  coverage?: DatasetCoverage,
  relation?: CountedRelation,
): Promise<DatasetSummary> {
  const counts = await db.query<SummaryCount>(summaryCountsSql(filter, relation));
  const totals = { incidents: 0, located: 0, unlocated: 0 };
  for (const { located, count } of counts) {
    totals.incidents += count;
    if (located) totals.located += count;
    else totals.unlocated += count;
  }
  const cells = sumBy(counts, (c) => `${c.month}\u001f${c.top}`).sort(byKey);
  const { covered, unlocatedReasons } = coverage ?? (await datasetCoverage(db));
  const byCategory: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  const byMonthCategory: Record<string, Record<string, number>> = {};
  for (const m of covered) {
    byMonth[m] = 0;
    byMonthCategory[m] = {};
  }
  for (const { key, count } of cells) {
    const [month = '', category = ''] = key.split('\u001f');
    byCategory[category] = (byCategory[category] ?? 0) + count;
    byMonth[month] = (byMonth[month] ?? 0) + count;
    (byMonthCategory[month] ??= {})[category] = count;
  }
  const first = covered[0] ?? null;
  const last = covered[covered.length - 1] ?? null;
  return {
    totals,
    unlocatedReasons,
    months: {
      first,
      last,
      covered,
      missing: first && last ? missingMonths(covered) : [],
    },
    byCategory,
    byMonth,
    byMonthCategory,
    byCrimeType: sumBy(counts, (c) => `${c.type}\u001f${c.category}`)
      .map(({ key, count }) => {
        const [type = '', category = ''] = key.split('\u001f');
        return { type, category, count };
      })
      .sort((a, b) => b.count - a.count || byKey({ key: a.type }, { key: b.type })),
  };
}

interface SummaryCount extends Record<string, string | number | boolean> {
  month: string;
  top: string;
  category: string;
  type: string;
  located: boolean;
  count: number;
}

/** Counts summed by a key, in the order keys first appear. */
function sumBy(
  counts: readonly SummaryCount[],
  keyOf: (count: SummaryCount) => string,
): { key: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const c of counts) sums.set(keyOf(c), (sums.get(keyOf(c)) ?? 0) + c.count);
  return [...sums].map(([key, count]) => ({ key, count }));
}

const byKey = (a: { key: string }, b: { key: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
