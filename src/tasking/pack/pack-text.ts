import { monthLabel } from '../../analytics/months';
import { wdqReading } from '../../analytics/tasking/weightedDisplacementQuotient';
import type { TargetBeforeAfter, ZoneCounts } from '../before-after';
import type { Candidate } from '../candidate';
import { rateRatioText } from '../rate-ratio';
import type { PackTarget } from './pack-targets';
import type {
  AssessmentCategory,
  AssessmentComparison,
  AssessmentPeriod,
} from './tactical-assessment';
import { ASSESSMENT_COMPARISONS, ASSESSMENT_COMPARISON_LABELS } from './tactical-assessment';

/** Text the HTML and .docx packs share, so both read the same. */

/** A count, or "no data" where the period has none: never 0 for a missing month. */
export function countText(count: number | null): string {
  return count === null ? 'no data' : String(count);
}

/**
 * `lead` and the ratio ("RR 1.42 (95% CI …)"), or, when the earlier period had none, `noneBefore`
 * and the lower bound in words ("none before; at least 3.20 times the rate (95% confidence)").
 */
function ratioPhrase(
  lead: string,
  ratio: { estimate: number; lower: number; upper: number } | null,
  noneBefore = 'none before',
): string {
  const unbounded = ratio !== null && ratio.estimate === Infinity;
  return unbounded ? rateRatioText(ratio, { noneBefore }) : `${lead}${rateRatioText(ratio)}`;
}

/**
 * A candidate's counts and change in one line for the pack: "Evidence: 24 incidents in 3 recent
 * months against none in 9 baseline months; at least 18.9 times the rate (95% confidence). Mix:
 * …". A baseline with no incidents is said in words, never as an infinite ratio.
 */
export function candidateEvidenceText(c: Candidate, label: (id: string) => string): string {
  const baseline = `${c.baseline.count === 0 ? 'none' : c.baseline.count} in ${c.baseline.months.length} baseline months`;
  const change = c.change
    ? { estimate: c.change.ratio, lower: c.change.lower, upper: c.change.upper }
    : null;
  return (
    `Evidence: ${c.recent.count} incidents in ${c.recent.months.length} recent months against ` +
    `${ratioPhrase(`${baseline}; rate ratio `, change, baseline)}. ` +
    `Mix: ${categoryMixText(c.categoryMix, label)}.`
  );
}

/** "Oct 2025" or "Dec 2024 – Nov 2025". */
export function periodText(period: AssessmentPeriod): string {
  return period.from === period.to
    ? monthLabel(period.from)
    : `${monthLabel(period.from)} – ${monthLabel(period.to)}`;
}

/** "41 vs 35" with the missing months named. */
export function comparisonCountsText(c: AssessmentComparison): string {
  const missing = [...c.previous.missingMonths, ...c.current.missingMonths];
  const note = missing.length > 0 ? ` (no data: ${missing.map(monthLabel).join(', ')})` : '';
  return `${countText(c.current.count)} vs ${countText(c.previous.count)}${note}`;
}

const VERDICTS: Record<string, string> = {
  significantRise: 'significant rise',
  significantFall: 'significant fall',
  withinNormalVariation: 'within normal variation',
  smallNumbers: 'small numbers',
  notComparable: 'not comparable',
};

/** The verdict in words. */
export function verdictText(verdict: string): string {
  return VERDICTS[verdict] ?? verdict;
}

/** "12 → 7, rate ratio 0.58 (95% CI …)" for one zone of a before/after record. */
export function zoneText(zone: ZoneCounts): string {
  const counts = `${zone.before} before → ${zone.after} after`;
  return ratioPhrase(`${counts}; rate ratio `, zone.rateRatio, counts);
}

/** The before/after periods in words. */
export function beforeAfterPeriodText(record: TargetBeforeAfter): string {
  const span = (months: string[]) =>
    months.length === 0
      ? 'none'
      : `${monthLabel(months[0]!)} – ${monthLabel(months.at(-1)!)} (${months.length} months with data)`;
  return `Before: ${span(record.beforeMonths)}. After: ${span(record.afterMonths)}.`;
}

/** WDQ with what it means (Bowers & Johnson 2003), or why it is not given. */
export function wdqText(wdq: number | null): string {
  if (wdq === null) return 'not meaningful (the target did not improve relative to the control)';
  return `${wdq.toFixed(2)}: ${wdqReading(wdq)}`;
}

/** Category id → incidents as "ASB – nuisance 12, Criminal damage 3". */
export function categoryMixText(
  mix: Record<string, number>,
  label: (id: string) => string,
): string {
  const entries = Object.entries(mix).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([id, n]) => `${label(id)} ${n}`).join(', ');
}

/** Monthly counts as "Jan 2025 4 · Feb 2025 no data · …". */
export function monthlyText(monthly: readonly { month: string; count: number | null }[]): string {
  return monthly.map((m) => `${monthLabel(m.month)} ${countText(m.count)}`).join(' · ');
}

/** Column headings of the target table, in the HTML and .docx packs alike. */
export const TARGET_TABLE_COLUMNS: readonly string[] = [
  'ID',
  'Name',
  'Status',
  'Lead agency',
  'Tasked',
  'Before',
  'After',
  'Rate ratio',
  'WDQ',
];

/** The target table's rows: one per target, its before/after in one line. */
export function targetTableRows(targets: readonly PackTarget[]): string[][] {
  return targets.map((t) => [
    t.id,
    t.name,
    t.status,
    t.leadAgency ?? '',
    t.taskedMonth ?? '',
    t.beforeAfter ? String(t.beforeAfter.target.before) : '',
    t.beforeAfter ? String(t.beforeAfter.target.after) : '',
    t.beforeAfter ? ratioPhrase('', t.beforeAfter.target.rateRatio) : '',
    t.beforeAfter?.wdq == null ? '' : t.beforeAfter.wdq.toFixed(2),
  ]);
}

/** Column headings of a figures-by-category table. */
export const ASSESSMENT_COLUMNS: readonly string[] = [
  'Category',
  ...ASSESSMENT_COMPARISONS.map((k) => ASSESSMENT_COMPARISON_LABELS[k]),
  'Exceedance (XmR)',
];

/** One row per category: counts, rate ratio and verdict per comparison (lines), exceedance. */
export function assessmentRows(categories: readonly AssessmentCategory[]): string[][] {
  return categories.map((c) => [
    c.parent ? `– ${c.label}` : c.label,
    ...ASSESSMENT_COMPARISONS.map((k) => {
      const cmp = c.comparisons[k];
      return `${comparisonCountsText(cmp)}\n${ratioPhrase('RR ', cmp.rateRatio)}\n${verdictText(cmp.verdict)}`;
    }),
    c.exceedance.signal
      ? `${c.exceedance.signal}: ${c.exceedance.description}`
      : c.exceedance.description,
  ]);
}
