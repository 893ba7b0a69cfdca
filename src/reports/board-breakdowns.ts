import type { CountTable } from '../analytics/disclosure/countTable';
import type { DisclosedTable } from '../analytics/disclosure/disclosureControl';
import type { ComparisonWindows, MonthWindow } from '../analytics/trends/comparisonWindows';
import type { CategorySeries } from '../analytics/trends/monthlySeries';
import { periodTotal } from '../analytics/trends/periodComparison';
import { CATEGORIES } from '../sql/taxonomy';
import type { BoardHeadline } from './board-headline';
import { boardHeadline } from './board-headline';
import type { BoardCategory } from './board-tables';
import type { PartsTable } from './linked-disclosure';

/** A category's parts on the board: the strategy's sub-categories, or the sources' crime types. */
export interface BreakdownDefinition {
  parent: BoardCategory;
  kind: 'subCategories' | 'crimeTypes';
  parts: { id: string; label: string }[];
  /** The parts' series, for all areas (area null) and per area. */
  series: CategorySeries[];
}

/** A category's parts as published: headlines per part and the area table of the current period. */
export interface BoardBreakdown {
  parent: string;
  parentLabel: string;
  kind: BreakdownDefinition['kind'];
  headlines: BoardHeadline[];
  /** Areas × parts (and "not split" when the parts do not add up to the category). */
  table: DisclosedTable;
}

/**
 * The sub-categories the loaded extracts carry (e.g. ASB – personal from a council extract), per
 * top-level category on the board, in the taxonomy's order.
 */
export function subCategoryDefinitions(
  series: readonly CategorySeries[],
  categories: readonly BoardCategory[],
): BreakdownDefinition[] {
  const present = new Set(series.filter((s) => s.area === null).map((s) => s.category));
  return categories.flatMap((parent) => {
    const parts = CATEGORIES.filter((c) => c.parent === parent.id && present.has(c.id));
    if (parts.length === 0) return [];
    const ids = new Set(parts.map((p) => p.id));
    return [
      {
        parent,
        kind: 'subCategories' as const,
        parts: parts.map(({ id, label }) => ({ id, label })),
        series: series.filter((s) => ids.has(s.category)),
      },
    ];
  });
}

/** A category's crime types, largest first over the whole series. */
export function crimeTypeDefinition(
  parent: BoardCategory,
  series: readonly CategorySeries[],
): BreakdownDefinition | null {
  const overall = series.filter((s) => s.area === null);
  if (overall.length === 0) return null;
  const size = (s: CategorySeries) => s.series.counts.reduce((sum, n) => sum + n, 0);
  const parts = [...overall]
    .sort((a, b) => size(b) - size(a) || a.category.localeCompare(b.category, 'en-GB'))
    .map((s) => ({ id: s.category, label: s.category }));
  return { parent, kind: 'crimeTypes', parts, series: [...series] };
}

/**
 * The parts table of one period: rows are the main table's areas, columns the parts, then "not
 * split" holding what the parts leave of the category when `withRemainder`.
 */
export function partsCountTable(
  definition: BreakdownDefinition,
  main: CountTable,
  parentColumn: number,
  window: MonthWindow,
  withRemainder: boolean,
): CountTable {
  const byKey = new Map(definition.series.map((s) => [`${s.category}\u0001${s.area ?? ''}`, s]));
  const counts = main.rowLabels.map((area, r) => {
    const parts = definition.parts.map((p) => {
      const found = byKey.get(`${p.id}\u0001${area}`);
      return found ? (periodTotal(found.series, window).count ?? 0) : 0;
    });
    const whole = main.counts[r]?.[parentColumn] ?? 0;
    const remainder = whole - parts.reduce((sum, n) => sum + n, 0);
    return withRemainder ? [...parts, remainder] : parts;
  });
  return {
    rowLabels: [...main.rowLabels],
    columnLabels: [
      ...definition.parts.map((p) => p.label),
      ...(withRemainder ? [notSplitLabel(definition)] : []),
    ],
    counts,
  };
}

function notSplitLabel(definition: BreakdownDefinition): string {
  return definition.kind === 'subCategories'
    ? `${definition.parent.label} not split by type`
    : `Other ${definition.parent.label.toLowerCase()}`;
}

/**
 * The parts tables of both periods for the linked disclosure control; "not split" is a column of
 * both when either needs it, so that the two are alike.
 */
export function partsTables(
  definitions: readonly BreakdownDefinition[],
  categories: readonly BoardCategory[],
  mains: { current: CountTable; previous: CountTable },
  windows: ComparisonWindows,
): { current: PartsTable[]; previous: PartsTable[] } {
  const build = (
    which: 'current' | 'previous',
    withRemainder: (d: BreakdownDefinition) => boolean,
  ) =>
    definitions.map((d) => {
      const parentColumn = categories.findIndex((c) => c.id === d.parent.id);
      return {
        parentColumn,
        parentLabel: d.parent.label,
        table: partsCountTable(d, mains[which], parentColumn, windows[which], withRemainder(d)),
      };
    });
  const remainderNeeded = (d: BreakdownDefinition): boolean =>
    (['current', 'previous'] as const).some((which) => {
      const parentColumn = categories.findIndex((c) => c.id === d.parent.id);
      return partsCountTable(d, mains[which], parentColumn, windows[which], true).counts.some(
        (row) => (row.at(-1) ?? 0) !== 0,
      );
    });
  return {
    current: build('current', remainderNeeded),
    previous: build('previous', remainderNeeded),
  };
}

/** The published breakdown: each part's headline from the two periods' disclosed tables. */
export function boardBreakdown(
  definition: BreakdownDefinition,
  windows: ComparisonWindows,
  tables: { current: DisclosedTable; previous: DisclosedTable },
  parentNoData: { current: boolean; previous: boolean },
): BoardBreakdown {
  const headlines = definition.parts.flatMap((part, j) => {
    const overall = definition.series.find((s) => s.category === part.id && s.area === null);
    if (!overall) return [];
    const headline = boardHeadline(
      { ...part, parent: definition.parent.id },
      overall.series,
      windows,
      { current: tables.current.columnTotals[j], previous: tables.previous.columnTotals[j] },
    );
    // The parts are published within their category's table: no category data, no part figure.
    const noData = {
      current: headline.noData.current || parentNoData.current,
      previous: headline.noData.previous || parentNoData.previous,
    };
    if (!noData.current && !noData.previous) return [headline];
    return [
      {
        ...headline,
        noData,
        current: noData.current ? null : headline.current,
        previous: noData.previous ? null : headline.previous,
        percentChange: null,
        verdict: 'notComparable' as const,
      },
    ];
  });
  return {
    parent: definition.parent.id,
    parentLabel: definition.parent.label,
    kind: definition.kind,
    headlines,
    table: tables.current,
  };
}
