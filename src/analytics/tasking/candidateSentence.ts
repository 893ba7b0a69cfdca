import { monthLabel } from '../months';
import { describeMissingMonths, formatCount } from '../trends/ukNumberFormat';

/** The counts of one window (recent or baseline) as a sentence needs them. */
export interface WindowFacts {
  count: number;
  /** Months with data in the window. */
  monthsWithData: number;
  /** Length of the window in calendar months. */
  windowMonths: number;
  /** Months of the window without data (named, never counted as zero). */
  missing: string[];
}

/** Everything the sentence of a candidate says. */
export interface SentenceFacts {
  kind: 'hotspot-cluster' | 'repeat-location' | 'street' | 'area';
  /**
   * A cluster's "around Saltergate / Holywell Street", a street's or area's name, a repeat
   * location's "on or near Saltergate" or "at a supermarket near Saltergate".
   */
  name: string;
  spaceTime: string | null;
  /** What the incidents are: 'nuisance', 'ASB', 'ASB and criminal damage'. */
  noun: string;
  recent: WindowFacts;
  baseline: WindowFacts;
  change: { ratio: number; lower: number; upper: number } | null;
  giConfidence: number | null;
  exceedance: boolean;
  /** The latest month with data, where an exceedance signal is. */
  dataMonth: string;
  /** Lower-ranked overlapping candidates folded into this one, by name. */
  includes?: readonly string[];
}

/**
 * How each hot pattern is read out. ArcGIS's "consecutive" (hot for a run of recent months,
 * never before) is what a chair calls emerging.
 */
export const SPACE_TIME_WORDS: Readonly<Record<string, string>> = {
  'new-hot-spot': 'New',
  'consecutive-hot-spot': 'Emerging',
  'intensifying-hot-spot': 'Intensifying',
  'persistent-hot-spot': 'Persistent',
  'sporadic-hot-spot': 'Sporadic',
  'oscillating-hot-spot': 'Oscillating',
  'diminishing-hot-spot': 'Diminishing',
  'historical-hot-spot': 'Former',
};

const TWO_SIGNIFICANT = new Intl.NumberFormat('en-GB', {
  minimumSignificantDigits: 2,
  maximumSignificantDigits: 2,
});
const TENTHS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** A rate a month: to a tenth below 100 (7.7), whole above (1,171). */
const RATE = { format: (n: number) => (n < 100 ? TENTHS.format(n) : formatCount(n)) };

/** A ratio to two significant figures below 10 (3.8, 1.0, 0.82), else to a tenth (10.5, 43). */
export function formatRatioShort(ratio: number): string {
  return ratio < 10 ? TWO_SIGNIFICANT.format(ratio) : TENTHS.format(ratio);
}

const months = (n: number) => (n === 1 ? '1 month' : `${formatCount(n)} months`);
const incidents = (n: number, noun: string) =>
  `${formatCount(n)} ${noun} incident${n === 1 ? '' : 's'}`;

function lead(facts: SentenceFacts): string {
  const word = facts.spaceTime ? SPACE_TIME_WORDS[facts.spaceTime] : undefined;
  switch (facts.kind) {
    case 'hotspot-cluster':
      return `${word ?? 'Hotspot'}${word ? ' hotspot' : ''} ${facts.name}`;
    case 'street':
      return word ? `${word} hotspot along ${facts.name}` : `${facts.name} (street)`;
    case 'repeat-location':
      return word
        ? `${word} hotspot, repeat location ${facts.name}`
        : `Repeat location ${facts.name}`;
    case 'area':
      return word ? `${word} hotspot in ${facts.name}` : `${facts.name} (area)`;
  }
}

/** "in 3 months" or "in the 2 months with data of the last 3 (2025-11 has no data)". */
function recentPhrase(w: WindowFacts): string {
  if (w.missing.length === 0) return `in ${months(w.monthsWithData)}`;
  return (
    `in the ${months(w.monthsWithData)} with data of the last ${formatCount(w.windowMonths)} ` +
    `(${describeMissingMonths(w.missing)})`
  );
}

function baselinePhrase(recent: WindowFacts, base: WindowFacts): string {
  const span =
    base.missing.length === 0
      ? `the ${months(base.windowMonths)} before`
      : `the ${months(base.monthsWithData)} with data of the ${formatCount(base.windowMonths)} before`;
  if (base.count === 0) return `against none in ${span}`;
  if (base.monthsWithData === recent.monthsWithData)
    return `against ${formatCount(base.count)} in ${span}`;
  const rate = RATE.format(base.count / base.monthsWithData);
  return `against ${rate} a month in ${span}`;
}

function changePhrase(change: SentenceFacts['change'], baselineCount: number): string {
  if (!change) return '';
  if (baselineCount === 0 || !Number.isFinite(change.upper))
    return change.lower > 0
      ? ` (at least ${formatRatioShort(change.lower)} times the earlier rate, 95% confidence)`
      : '';
  return (
    ` (rate ratio ${formatRatioShort(change.ratio)}, 95% CI ` +
    `${formatRatioShort(change.lower)}–${formatRatioShort(change.upper)})`
  );
}

/** Distinct names, at most three and a count of the rest: "A, B, C and 4 more". */
function listed(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  if (distinct.length <= 3)
    return distinct.length === 1
      ? (distinct[0] as string)
      : `${distinct.slice(0, -1).join(', ')} and ${distinct.at(-1) ?? ''}`;
  return `${distinct.slice(0, 3).join(', ')} and ${formatCount(distinct.length - 3)} more`;
}

/**
 * One sentence a chair can read aloud, e.g. "Intensifying hotspot around Saltergate: 23
 * nuisance incidents in 3 months (7.7 a month) against 1.5 a month in the 12 months before
 * (rate ratio 5.1, 95% CI 3.1–8.3); Gi* hot at 99%." A baseline with no data is said to have
 * none ("no data for the 12 months before"), never a zero; a baseline as long as the recent
 * window compares counts, a longer one compares rates a month. Numbers in UK format.
 */
export function candidateSentence(facts: SentenceFacts): string {
  const { recent, baseline } = facts;
  let text = `${lead(facts)}: ${incidents(recent.count, facts.noun)} ${recentPhrase(recent)}`;
  const comparesRates =
    baseline.monthsWithData > 0 && baseline.monthsWithData !== recent.monthsWithData;
  if (comparesRates && recent.monthsWithData > 0)
    text += ` (${RATE.format(recent.count / recent.monthsWithData)} a month)`;
  if (baseline.monthsWithData === 0)
    text += `; no data for the ${months(baseline.windowMonths)} before to compare with`;
  else text += ` ${baselinePhrase(recent, baseline)}${changePhrase(facts.change, baseline.count)}`;
  if (facts.giConfidence !== null) text += `; Gi* hot at ${Math.round(facts.giConfidence * 100)}%`;
  if (facts.exceedance) text += `; ${monthLabel(facts.dataMonth)} is an XmR special-cause signal`;
  if (facts.includes && facts.includes.length > 0) text += `; takes in ${listed(facts.includes)}`;
  return `${text}.`;
}
