import type { DuckConnector } from '../db/connector';
import { missingMonths } from '../analytics/months';
import type { IncidentFilter } from '../sql/filters';
import {
  countsByMonthCategorySql,
  countsByTypeSql,
  MONTHS_COVERED_SQL,
  totalsSql,
  UNLOCATED_REASONS_SQL,
} from '../sql/summary';

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

/** Builds the summary of everything loaded (optionally narrowed by a filter). */
export async function datasetSummary(
  db: DuckConnector,
  filter?: IncidentFilter,
): Promise<DatasetSummary> {
  const [totals] = await db.query<{ total: number; located: number; unlocated: number }>(
    totalsSql(filter),
  );
  const cells = await db.query<{ month: string; category: string; count: number }>(
    countsByMonthCategorySql(filter),
  );
  const coverage = await db.query<{ month: string }>(MONTHS_COVERED_SQL);
  const covered = [...new Set(coverage.map((r) => r.month))].sort();
  const byCategory: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  const byMonthCategory: Record<string, Record<string, number>> = {};
  for (const m of covered) {
    byMonth[m] = 0;
    byMonthCategory[m] = {};
  }
  for (const { month, category, count } of cells) {
    byCategory[category] = (byCategory[category] ?? 0) + count;
    byMonth[month] = (byMonth[month] ?? 0) + count;
    (byMonthCategory[month] ??= {})[category] = count;
  }
  const first = covered[0] ?? null;
  const last = covered[covered.length - 1] ?? null;
  return {
    totals: {
      incidents: totals?.total ?? 0,
      located: totals?.located ?? 0,
      unlocated: totals?.unlocated ?? 0,
    },
    unlocatedReasons: await db.query<{ reason: string; count: number }>(UNLOCATED_REASONS_SQL),
    months: {
      first,
      last,
      covered,
      missing: first && last ? missingMonths(covered) : [],
    },
    byCategory,
    byMonth,
    byMonthCategory,
    byCrimeType: await db.query<{ type: string; category: string; count: number }>(
      countsByTypeSql(filter),
    ),
  };
}
