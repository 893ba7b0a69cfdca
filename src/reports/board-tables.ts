import type { MonthWindow } from '../analytics/trends/comparisonWindows';
import type { CategorySeries } from '../analytics/trends/monthlySeries';
import { periodTotal } from '../analytics/trends/periodComparison';
import type { CountTable } from '../analytics/disclosure/countTable';
import type {
  DisclosedTable,
  DisclosureCell,
  DisclosureOptions,
} from '../analytics/disclosure/disclosureControl';
import { applyDisclosureControl } from '../analytics/disclosure/disclosureControl';
import { AREA_NOT_RECORDED } from '../sql/trends';

/** The board's columns: top-level categories, with their ids beside the labels. */
export interface BoardCategory {
  id: string;
  label: string;
  colour: string;
}

/**
 * Areas (rows) by category (columns) for one period, counting covered months only. Incidents
 * with no recorded area form their own row, so that the column totals are the whole area's.
 */
export function areaCategoryTable(
  series: readonly CategorySeries[],
  categories: readonly BoardCategory[],
  window: MonthWindow,
): CountTable {
  const areas = areaNames(series);
  const byKey = new Map(series.map((s) => [`${s.category}\u0001${s.area ?? ''}`, s.series]));
  return {
    rowLabels: areas,
    columnLabels: categories.map((c) => c.label),
    counts: areas.map((area) =>
      categories.map((c) => {
        const found = byKey.get(`${c.id}\u0001${area}`);
        return found ? (periodTotal(found, window).count ?? 0) : 0;
      }),
    ),
  };
}

/** Area names in alphabetical order, with "Area not recorded" last. */
export function areaNames(series: readonly CategorySeries[]): string[] {
  const names = [...new Set(series.flatMap((s) => (s.area === null ? [] : [s.area])))];
  return names.sort((a, b) =>
    a === AREA_NOT_RECORDED ? 1 : b === AREA_NOT_RECORDED ? -1 : a.localeCompare(b, 'en-GB'),
  );
}

/** Series of the areas with at least one incident in any of `windows` (empty rows say nothing). */
export function seriesOfActiveAreas(
  series: readonly CategorySeries[],
  windows: readonly MonthWindow[],
): CategorySeries[] {
  const active = new Set<string>();
  for (const s of series) {
    if (s.area !== null && windows.some((w) => (periodTotal(s.series, w).count ?? 0) > 0))
      active.add(s.area);
  }
  return series.filter((s) => s.area !== null && active.has(s.area));
}

/** The area × category table for a period, after disclosure control. */
export function disclosedAreaTable(
  series: readonly CategorySeries[],
  categories: readonly BoardCategory[],
  window: MonthWindow,
  options: DisclosureOptions = {},
): DisclosedTable {
  return applyDisclosureControl(areaCategoryTable(series, categories, window), options);
}

/** A single published count outside any table: hidden when it is a small count. */
export function standaloneCell(value: number, options: DisclosureOptions = {}): DisclosureCell {
  const smallest = options.smallestHidden ?? 1;
  const largest = options.largestHidden ?? 4;
  return value >= smallest && value <= largest
    ? { shown: false, reason: 'smallCount' }
    : { shown: true, value };
}

/** The value of a shown cell, or null. */
export function shownValue(cell: DisclosureCell | undefined): number | null {
  return cell?.shown ? cell.value : null;
}
