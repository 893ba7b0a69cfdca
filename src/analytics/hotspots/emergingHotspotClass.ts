/** ArcGIS Pro "Emerging Hot Spot Analysis" patterns, plus cells outside the study area. */
export type EmergingPattern =
  | 'new-hot-spot'
  | 'consecutive-hot-spot'
  | 'intensifying-hot-spot'
  | 'persistent-hot-spot'
  | 'diminishing-hot-spot'
  | 'sporadic-hot-spot'
  | 'oscillating-hot-spot'
  | 'historical-hot-spot'
  | 'new-cold-spot'
  | 'consecutive-cold-spot'
  | 'intensifying-cold-spot'
  | 'persistent-cold-spot'
  | 'diminishing-cold-spot'
  | 'sporadic-cold-spot'
  | 'oscillating-cold-spot'
  | 'historical-cold-spot'
  | 'no-pattern'
  | 'outside-study-area';

/** A pattern and its rule in words, for the help panel. */
export interface EmergingPatternRule {
  pattern: EmergingPattern;
  label: string;
  rule: string;
}

const HOT_RULES: Array<[string, string]> = [
  ['New', 'Hot at the final time step and never hot before.'],
  [
    'Consecutive',
    'An uninterrupted run of at least two hot steps ending at the final step; never hot before the run, ' +
      'never cold, and fewer than 90% of all steps hot.',
  ],
  [
    'Intensifying',
    'Hot in at least 90% of steps including the final one, and the Gi* z-score has a significant ' +
      'increasing Mann–Kendall trend (clustering of high counts getting stronger).',
  ],
  [
    'Persistent',
    'Hot in at least 90% of steps including the final one, with no significant trend in the Gi* z-score.',
  ],
  [
    'Diminishing',
    'Hot in at least 90% of steps including the final one, and the Gi* z-score has a significant ' +
      'decreasing Mann–Kendall trend (clustering getting weaker).',
  ],
  [
    'Sporadic',
    'Hot at the final step, on-again off-again hot before, fewer than 90% of steps hot, never cold ' +
      '(and neither new nor consecutive).',
  ],
  ['Oscillating', 'Hot at the final step, cold at some earlier step, fewer than 90% of steps hot.'],
  ['Historical', 'Not hot at the final step, but hot in at least 90% of steps.'],
];

function coldText(text: string): string {
  return text
    .replaceAll('Hot', 'Cold')
    .replaceAll('hot', '§')
    .replaceAll('cold', 'hot')
    .replaceAll('§', 'cold')
    .replaceAll('increasing', '§')
    .replaceAll('decreasing', 'increasing')
    .replaceAll('§', 'decreasing')
    .replace('high counts', 'low counts');
}

/**
 * The rules as data (ArcGIS Pro "How Emerging Hot Spot Analysis works", restated). "Hot"/"cold"
 * at a step means a Gi* z-score significant at the chosen level (FDR-adjusted by default).
 * The cold rules mirror the hot ones: an intensifying cold spot's z-score trends down.
 */
export const EMERGING_PATTERN_RULES: readonly EmergingPatternRule[] = [
  ...HOT_RULES.map(([name, rule]) => ({
    pattern: `${name.toLowerCase()}-hot-spot` as EmergingPattern,
    label: `${name} hot spot`,
    rule,
  })),
  ...HOT_RULES.map(([name, rule]) => ({
    pattern: `${name.toLowerCase()}-cold-spot` as EmergingPattern,
    label: `${name} cold spot`,
    rule: coldText(rule),
  })),
  {
    pattern: 'no-pattern',
    label: 'No pattern detected',
    rule: 'None of the hot or cold spot patterns above.',
  },
];

/** Inputs for classifying one location's time series. */
export interface LocationSeries {
  /** Per step: 1 significant hot, −1 significant cold, 0 neither. */
  significance: ArrayLike<number>;
  /** Mann–Kendall tau (sign = direction) and p of the Gi* z-score series. */
  trendTau: number;
  trendP: number;
}

/** Share of steps a persistent, intensifying, diminishing or historical spot is significant in. */
export const PERSISTENT_SHARE = 0.9;

/**
 * Classifies one location by the rules in {@link EMERGING_PATTERN_RULES}. Where ArcGIS's
 * wording overlaps, the order is: 90%-or-more patterns, then oscillating (any earlier step of
 * the opposite sign), then new, consecutive, sporadic.
 */
export function emergingHotspotClass(series: LocationSeries, trendAlpha = 0.05): EmergingPattern {
  const sig = series.significance;
  const steps = sig.length;
  if (steps === 0) return 'no-pattern';
  const final = sig[steps - 1] as number;
  let hot = 0;
  let cold = 0;
  for (let t = 0; t < steps; t++) {
    if (sig[t] === 1) hot++;
    else if (sig[t] === -1) cold++;
  }
  if (final === 0) {
    if (hot / steps >= PERSISTENT_SHARE) return 'historical-hot-spot';
    if (cold / steps >= PERSISTENT_SHARE) return 'historical-cold-spot';
    return 'no-pattern';
  }
  const kind = final === 1 ? 'hot' : 'cold';
  const same = final === 1 ? hot : cold;
  const opposite = final === 1 ? cold : hot;
  if (same / steps >= PERSISTENT_SHARE) {
    const significant = series.trendP < trendAlpha && series.trendTau !== 0;
    if (!significant) return `persistent-${kind}-spot`;
    const strengthening = final === 1 ? series.trendTau > 0 : series.trendTau < 0;
    return strengthening ? `intensifying-${kind}-spot` : `diminishing-${kind}-spot`;
  }
  if (opposite > 0) return `oscillating-${kind}-spot`;
  if (same === 1) return `new-${kind}-spot`;
  let run = 0;
  while (run < steps && sig[steps - 1 - run] === final) run++;
  return run === same ? `consecutive-${kind}-spot` : `sporadic-${kind}-spot`;
}
