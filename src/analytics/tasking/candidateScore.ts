/** What a candidate place is scored on. */
export interface CandidateEvidence {
  /** Harm-weighted incidents over the recent months with data. */
  harmWeighted: number;
  /** Recent months with data (the count's exposure); 0 scores the harm term 0. */
  recentMonths: number;
  /** Highest Gi* confidence among its cells (0.99, 0.95, 0.9) or null. */
  giConfidence: number | null;
  /** Its space-time (emerging hot spot) pattern, e.g. 'intensifying-hot-spot', or null. */
  spaceTime: string | null;
  /** Its latest month is an upward special-cause signal on its XmR chart. */
  exceedance: boolean;
  /** Lower bound of the exact Poisson 95% interval of the rate ratio recent/baseline, or null. */
  changeLower: number | null;
}

/** The weight of each term of {@link candidateScore}: stated by the UI beside the ranking. */
export const CANDIDATE_SCORE_WEIGHTS = {
  harm: 1,
  giStar: 1,
  spaceTime: 1.5,
  exceedance: 0.5,
  change: 0.75,
} as const;

/** Points of each Gi* confidence in the Gi* term. */
export const GI_CONFIDENCE_POINTS: Readonly<Record<string, number>> = {
  '0.99': 1,
  '0.95': 0.75,
  '0.9': 0.5,
};

/**
 * Points of each space-time pattern: hot spots that are new or growing score up, a steady one
 * a little, a fading or former one down, hard: it is already improving (and, when it is a
 * target, it is reviewed as one). Patterns not listed (cold spots, none) score 0.
 */
export const SPACE_TIME_POINTS: Readonly<Record<string, number>> = {
  'new-hot-spot': 1,
  'consecutive-hot-spot': 1,
  'intensifying-hot-spot': 1,
  'persistent-hot-spot': 0.5,
  'sporadic-hot-spot': 0.25,
  'oscillating-hot-spot': 0.25,
  'diminishing-hot-spot': -2,
  'historical-hot-spot': -2,
};

/** The change term is log2 of the interval's lower bound, held within these limits. */
export const CHANGE_LIMITS = { low: -2, high: 3 } as const;

/** A score and the terms (before weighting) it is the weighted sum of. */
export interface CandidateScore {
  score: number;
  terms: { harm: number; giStar: number; spaceTime: number; exceedance: number; change: number };
}

/**
 * The ranking score of a candidate place, a weighted sum (weights {@link CANDIDATE_SCORE_WEIGHTS}):
 *
 *   score = 1·ln(1 + H/m) + 1·G + 1.5·S + 0.5·X + 0.75·C,  C = clamp(log2 RR_L, −2, 3)
 *
 * H = harm-weighted recent count over m recent months with data (so a missing month lowers
 * nothing); G = Gi* points (99% → 1, 95% → 0.75, 90% → 0.5, not hot → 0); S = space-time points
 * ({@link SPACE_TIME_POINTS}: new, consecutive, intensifying +1, persistent +0.5, sporadic and
 * oscillating +0.25, diminishing and historical −2); X = 1 for an XmR signal in the latest month;
 * RR_L = the lower bound of the exact Poisson 95% interval of the per-month rate ratio against
 * its own baseline (C = 0 when there is no baseline). The lower bound, not the estimate, so that
 * 3 incidents against none, whose ratio is infinite but whose lower bound is near 1, do not
 * outrank a large, certain rise. The log keeps volume from swamping the signals: doubling the
 * harm adds 0.69, about what a 95% Gi* adds.
 */
export function candidateScore(evidence: CandidateEvidence): CandidateScore {
  const perMonth = evidence.recentMonths > 0 ? evidence.harmWeighted / evidence.recentMonths : 0;
  const lower = evidence.changeLower;
  const terms = {
    harm: Math.log1p(Math.max(0, perMonth)),
    giStar:
      evidence.giConfidence === null
        ? 0
        : (GI_CONFIDENCE_POINTS[String(evidence.giConfidence)] ?? 0),
    spaceTime: evidence.spaceTime === null ? 0 : (SPACE_TIME_POINTS[evidence.spaceTime] ?? 0),
    exceedance: evidence.exceedance ? 1 : 0,
    change:
      lower === null
        ? 0
        : lower <= 0
          ? CHANGE_LIMITS.low
          : Math.min(CHANGE_LIMITS.high, Math.max(CHANGE_LIMITS.low, Math.log2(lower))),
  };
  const w = CANDIDATE_SCORE_WEIGHTS;
  const score =
    w.harm * terms.harm +
    w.giStar * terms.giStar +
    w.spaceTime * terms.spaceTime +
    w.exceedance * terms.exceedance +
    w.change * terms.change;
  return { score, terms };
}
