import type { DisclosureCell } from '../analytics/disclosure/disclosureControl';
import type { ComparisonWindows } from '../analytics/trends/comparisonWindows';
import type { MonthlySeries } from '../analytics/trends/monthlySeries';
import type { ComparisonVerdict } from '../analytics/trends/periodComparison';
import { comparePeriods } from '../analytics/trends/periodComparison';
import { describeComparison, describePeriod } from '../analytics/trends/trendSentences';
import { shownValue } from './board-tables';

/** One category's headline: published figures only (null = not shown). */
export interface BoardHeadline {
  category: string;
  label: string;
  /** The category this one is a part of (a sub-category or crime type); null at the top. */
  parent: string | null;
  current: number | null;
  previous: number | null;
  /** Why a figure is not shown; absent when shown or when the period has no data. */
  hidden: { current: DisclosureCell | null; previous: DisclosureCell | null };
  /** The period has no data at all: "no data", never 0 (and not a hidden figure). */
  noData: { current: boolean; previous: boolean };
  percentChange: number | null;
  verdict: ComparisonVerdict;
  sentence: string;
}

/**
 * A category's headline from its series and the published (disclosed) totals of the two periods:
 * the change is stated only when both figures are published.
 */
export function boardHeadline(
  category: { id: string; label: string; parent: string | null },
  series: MonthlySeries,
  windows: ComparisonWindows,
  published: { current: DisclosureCell | undefined; previous: DisclosureCell | undefined },
): BoardHeadline {
  const comparison = comparePeriods(series, windows);
  const shownNow = shownValue(published.current);
  const shownBefore = shownValue(published.previous);
  const both = shownNow !== null && shownBefore !== null;
  const noData = {
    current: comparison.current.count === null,
    previous: comparison.previous.count === null,
  };
  const hiddenCell = (cell: DisclosureCell | undefined, none: boolean) =>
    !none && cell && !cell.shown ? cell : null;
  return {
    category: category.id,
    label: category.label,
    parent: category.parent,
    current: noData.current ? null : shownNow,
    previous: noData.previous ? null : shownBefore,
    hidden: {
      current: hiddenCell(published.current, noData.current),
      previous: hiddenCell(published.previous, noData.previous),
    },
    noData,
    percentChange: both ? comparison.percentChange : null,
    verdict: comparison.verdict,
    sentence:
      both || comparison.incomplete
        ? describeComparison(category.label, comparison)
        : `${category.label} ${describePeriod(comparison)}: figures are not shown, to protect small numbers.`,
  };
}
