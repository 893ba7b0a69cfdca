import type { DisclosureOptions } from '../analytics/disclosure/disclosureControl';
import { applyDisclosureControl } from '../analytics/disclosure/disclosureControl';
import type { ComparisonWindows, MonthWindow } from '../analytics/trends/comparisonWindows';
import type { MonthlySeries } from '../analytics/trends/monthlySeries';
import type { ComparisonVerdict } from '../analytics/trends/periodComparison';
import { comparePeriods, periodTotal } from '../analytics/trends/periodComparison';
import { CATEGORIES } from '../sql/taxonomy';
import { shownValue } from './board-tables';

/** One line of the board's figures: a headline, or a part of one (a sub-category, a crime type). */
export interface BoardFigures {
  category: string;
  label: string;
  /** null: hidden to protect small numbers, or no data (then `noData` says so, never 0). */
  current: number | null;
  previous: number | null;
  noData: { current: boolean; previous: boolean };
  percentChange: number | null;
  verdict: ComparisonVerdict;
}

/** The strategy's sub-categories of one headline, or why they are not shown. */
export type BoardBreakdown =
  { shown: true; by: BreakdownKind; lines: BoardFigures[] } | { shown: false; reason: string };

/** A headline category's own series and its published totals (null: hidden or no data). */
export interface BreakdownInput {
  category: string;
  series: MonthlySeries;
  published: { current: number | null; previous: number | null };
}

/** What a breakdown's lines are: the taxonomy's sub-categories or the source's crime types. */
export type BreakdownKind = 'subcategory' | 'crimeType';

/** One line of a breakdown before disclosure control: a sub-category or a crime type. */
export interface BreakdownPart {
  id: string;
  label: string;
  series: MonthlySeries;
}

/** The taxonomy's sub-categories of `category` that have a series. */
export function subcategoryParts(
  category: string,
  subcategories: ReadonlyMap<string, MonthlySeries>,
): BreakdownPart[] {
  return CATEGORIES.filter((c) => c.parent === category).flatMap((c) => {
    const series = subcategories.get(c.id);
    return series ? [{ id: c.id, label: c.label, series }] : [];
  });
}

/**
 * A category's series split by the source's own crime type (police.uk's "Other crime" is most
 * of its volume): each type's counts in the category's months, its coverage the category's.
 */
export function crimeTypeParts(
  category: MonthlySeries,
  rows: readonly { month: string; type: string; count: number }[],
): BreakdownPart[] {
  const position = new Map(category.months.map((m, i) => [m, i]));
  const byType = new Map<string, number[]>();
  for (const row of rows) {
    const at = position.get(row.month);
    if (at === undefined) continue;
    let counts = byType.get(row.type);
    if (!counts) byType.set(row.type, (counts = category.months.map(() => 0)));
    counts[at] = (counts[at] ?? 0) + row.count;
  }
  return [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, counts]) => ({
      id: `type:${type}`,
      label: type,
      series: { months: category.months, counts, covered: category.covered },
    }));
}

/** The incidents of the category recorded at its own level only (e.g. police.uk ASB). */
export const NOT_BROKEN_DOWN = 'not-broken-down';

/**
 * The sub-categories a board reports under a headline (ASB personal, nuisance and environmental;
 * criminal damage and arson primary and secondary) when the loaded extracts carry them, with the
 * part recorded at the headline's own level as one more line. Each period's breakdown is a
 * one-row table whose total is the published headline, under the board's disclosure control, so
 * a hidden line cannot be worked out from the headline and its other lines; a breakdown that
 * could only be protected by hiding the headline is not shown at all. Null when the category has
 * no sub-category data.
 */
export function boardBreakdown(
  headline: BreakdownInput,
  parts: readonly BreakdownPart[],
  windows: ComparisonWindows,
  disclosure: DisclosureOptions = {},
  by: BreakdownKind = 'subcategory',
): BoardBreakdown | null {
  const children = parts.filter((p) => hasIncidents(p.series, windows));
  if (children.length === 0) return null;

  const periods = (['current', 'previous'] as const).map((which) => {
    const window = windows[which];
    const total = periodTotal(headline.series, window).count;
    const counts = children.map((c) => periodTotal(c.series, window).count ?? 0);
    const rest = total === null ? 0 : total - counts.reduce((a, b) => a + b, 0);
    return { which, window, total, counts, rest };
  });
  const withRest = periods.some((p) => p.rest > 0);
  const labels = [...children.map((c) => c.label), ...(withRest ? ['Not broken down'] : [])];

  const published = new Map<'current' | 'previous', (number | null)[]>();
  for (const period of periods) {
    if (period.total === null) {
      published.set(
        period.which,
        labels.map(() => null),
      );
      continue;
    }
    if (headline.published[period.which] === null)
      return { shown: false, reason: 'not shown, to protect small numbers' };
    const table = applyDisclosureControl(
      {
        rowLabels: ['All areas'],
        columnLabels: labels,
        counts: [[...period.counts, ...(withRest ? [period.rest] : [])]],
      },
      disclosure,
    );
    if (!table.rowTotals[0]?.shown)
      return { shown: false, reason: 'not shown, to protect small numbers' };
    published.set(
      period.which,
      (table.cells[0] ?? []).map((cell) => shownValue(cell)),
    );
  }

  const noData = {
    current: periods[0]?.total === null,
    previous: periods[1]?.total === null,
  };
  const lines = labels.map((label, k): BoardFigures => {
    const child = children[k];
    const current = published.get('current')?.[k] ?? null;
    const previous = published.get('previous')?.[k] ?? null;
    // The part not broken down has the headline's months, so its comparability.
    const comparison = comparePeriods(child?.series ?? headline.series, windows);
    const comparable = !comparison.incomplete;
    return {
      category: child?.id ?? NOT_BROKEN_DOWN,
      label,
      current,
      previous,
      noData,
      percentChange:
        comparable && current !== null && previous !== null && previous > 0
          ? (100 * (current - previous)) / previous
          : null,
      verdict: comparable ? comparison.verdict : 'notComparable',
    };
  });
  return { shown: true, by, lines };
}

function hasIncidents(series: MonthlySeries, windows: ComparisonWindows): boolean {
  const inWindow = (w: MonthWindow) => (periodTotal(series, w).count ?? 0) > 0;
  return inWindow(windows.current) || inWindow(windows.previous);
}
