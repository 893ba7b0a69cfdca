import type { MannKendallResult } from '../analytics/hotspots/mannKendall';
import { mannKendall } from '../analytics/hotspots/mannKendall';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { CoverageKnown } from '../sql/hotspots';
import { coveredMonthsSql } from '../sql/hotspots';
import type { RepeatLocationKind } from '../sql/repeat-locations';
import { repeatLocationsSql } from '../sql/repeat-locations';

/** Direction of a location's monthly counts by the Mann–Kendall test at the chosen level. */
export type TrendDirection = 'rising' | 'falling' | 'no trend';

/** One repeat location with its category mix and how it is moving. */
export interface RepeatLocation {
  key: string;
  name: string;
  total: number;
  /** Distinct map points behind it (1 for a place; a street can have several). */
  points: number;
  /** [west, south, east, north] in degrees, to frame it on the map. */
  box: [number, number, number, number];
  /** Top-level category → incidents. */
  categoryMix: Record<string, number>;
  /** Incidents per step month (aligned with the report's `months`). */
  monthly: number[];
  lastThree: number;
  previousThree: number;
  trend: Pick<MannKendallResult, 'tau' | 'p'> & { direction: TrendDirection };
}

/** Top repeat locations of a filter. */
export interface RepeatLocationsReport {
  kind: RepeatLocationKind;
  /** The months with data in the filter's range (missing months are left out, not zero). */
  months: string[];
  /** The last three months of `months` and the three before, for "last 3 vs previous 3". */
  lastThreeMonths: string[];
  previousThreeMonths: string[];
  trendAlpha: number;
  locations: RepeatLocation[];
}

interface Row extends Record<string, string | number | null> {
  place_key: string;
  name: string;
  total: number;
  points: number;
  west: number;
  south: number;
  east: number;
  north: number;
  category: string;
  month: string;
  count: number;
}

/** Groups the SQL rows into locations with a monthly series over the covered months. */
export function repeatLocationsFromRows(
  rows: readonly Row[],
  coveredMonths: readonly string[],
  kind: RepeatLocationKind,
  trendAlpha = 0.05,
): RepeatLocationsReport {
  const months = [...new Set(coveredMonths)].sort();
  const step = new Map(months.map((m, i) => [m, i]));
  const byKey = new Map<string, RepeatLocation>();
  for (const row of rows) {
    let location = byKey.get(row.place_key);
    if (!location) {
      location = {
        key: row.place_key,
        name: row.name,
        total: row.total,
        points: row.points,
        box: [row.west, row.south, row.east, row.north],
        categoryMix: {},
        monthly: new Array<number>(months.length).fill(0),
        lastThree: 0,
        previousThree: 0,
        trend: { tau: 0, p: 1, direction: 'no trend' },
      };
      byKey.set(row.place_key, location);
    }
    location.categoryMix[row.category] = (location.categoryMix[row.category] ?? 0) + row.count;
    const at = step.get(row.month);
    if (at !== undefined) location.monthly[at] = (location.monthly[at] ?? 0) + row.count;
  }
  const n = months.length;
  for (const location of byKey.values()) {
    const sum = (from: number, to: number) =>
      location.monthly.slice(Math.max(0, from), Math.max(0, to)).reduce((a, b) => a + b, 0);
    location.lastThree = sum(n - 3, n);
    location.previousThree = sum(n - 6, n - 3);
    const { tau, p } = mannKendall(location.monthly);
    const direction: TrendDirection =
      p < trendAlpha && tau !== 0 ? (tau > 0 ? 'rising' : 'falling') : 'no trend';
    location.trend = { tau, p, direction };
  }
  return {
    kind,
    months,
    lastThreeMonths: months.slice(Math.max(0, n - 3)),
    previousThreeMonths: months.slice(Math.max(0, n - 6), Math.max(0, n - 3)),
    trendAlpha,
    locations: [...byKey.values()],
  };
}

/** The top repeat locations (places or streets) of the filtered incidents, busiest first. */
export async function repeatLocationsReport(
  db: DuckConnector,
  filter: IncidentFilter,
  kind: RepeatLocationKind,
  limit = 50,
  coverage: CoverageKnown = {},
): Promise<RepeatLocationsReport> {
  const rows = await db.query<Row>(repeatLocationsSql(filter, kind, limit));
  const covered = await db.query<{ month: string }>(coveredMonthsSql(filter, coverage));
  return repeatLocationsFromRows(
    rows,
    covered.map((r) => r.month),
    kind,
  );
}
