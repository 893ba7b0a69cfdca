import { describe, expect, it } from 'vitest';
import type { CandidateEvidence } from '../../../src/analytics/tasking/candidateScore';
import { candidateScore } from '../../../src/analytics/tasking/candidateScore';
import type { SentenceFacts } from '../../../src/analytics/tasking/candidateSentence';
import { candidateSentence } from '../../../src/analytics/tasking/candidateSentence';
import { harmWeight, harmWeightedCount } from '../../../src/analytics/tasking/harmWeights';
import { exactPoissonRateRatio } from '../../../src/analytics/trends/poissonRateRatio';
import { CATEGORIES } from '../../../src/sql/taxonomy';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';

const parentOf = (id: string) => CATEGORIES.find((c) => c.id === id)?.parent ?? null;
const settings = DEFAULT_TASKING_SETTINGS;

const evidence = (over: Partial<CandidateEvidence>): CandidateEvidence => ({
  harmWeighted: 20,
  recentMonths: 3,
  giConfidence: null,
  spaceTime: null,
  exceedance: false,
  changeLower: null,
  ...over,
});

describe('harm weights', () => {
  it('weigh personal ASB above nuisance above environmental; unlisted categories weigh otherWeight', () => {
    expect(harmWeightedCount({ 'asb-personal': 10 }, settings, parentOf)).toBe(30);
    expect(harmWeightedCount({ 'asb-environmental': 10 }, settings, parentOf)).toBe(10);
    expect(harmWeight('other-crime', settings, parentOf)).toBe(settings.otherWeight);
  });

  it('a local sub-category without its own weight takes its parent’s', () => {
    const local = (id: string) => (id === 'asb-noise' ? 'asb-nuisance' : parentOf(id));
    expect(harmWeight('asb-noise', settings, local)).toBe(2);
    const unweighted = { ...settings, harmWeights: { asb: 5 } };
    expect(harmWeight('asb-noise', unweighted, local)).toBe(5);
  });
});

describe('candidate score', () => {
  it('ranks 10 personal ASB incidents above 10 environmental ones, all else equal', () => {
    const personal = harmWeightedCount({ 'asb-personal': 10 }, settings, parentOf);
    const environmental = harmWeightedCount({ 'asb-environmental': 10 }, settings, parentOf);
    expect(candidateScore(evidence({ harmWeighted: personal })).score).toBeGreaterThan(
      candidateScore(evidence({ harmWeighted: environmental })).score,
    );
  });

  it('scores emerging and intensifying up and diminishing down at the same volume', () => {
    const score = (spaceTime: string) => candidateScore(evidence({ spaceTime })).score;
    expect(score('consecutive-hot-spot')).toBeGreaterThan(score('persistent-hot-spot'));
    expect(score('intensifying-hot-spot')).toBeGreaterThan(score('persistent-hot-spot'));
    expect(score('persistent-hot-spot')).toBeGreaterThan(score('diminishing-hot-spot'));
    expect(score('historical-hot-spot')).toBeLessThan(candidateScore(evidence({})).score);
  });

  it('uses the lower bound of the rate ratio: 3 against none does not beat 60 against 20', () => {
    const few = exactPoissonRateRatio(3, 0, { currentExposure: 3, previousExposure: 12 });
    const many = exactPoissonRateRatio(60, 20, { currentExposure: 3, previousExposure: 12 });
    expect(few.estimate).toBe(Infinity);
    const terms = (lower: number) => candidateScore(evidence({ changeLower: lower })).terms.change;
    expect(terms(many.lower)).toBeGreaterThan(terms(few.lower));
  });
});

const facts = (over: Partial<SentenceFacts>): SentenceFacts => ({
  kind: 'hotspot-cluster',
  name: 'around Saltergate',
  spaceTime: 'intensifying-hot-spot',
  noun: 'nuisance',
  recent: { count: 23, monthsWithData: 3, windowMonths: 3, missing: [] },
  baseline: { count: 6, monthsWithData: 3, windowMonths: 3, missing: [] },
  change: { ratio: 23 / 6, lower: 1.6, upper: 10.5 },
  giConfidence: 0.99,
  exceedance: false,
  dataMonth: '2025-12',
  ...over,
});

describe('candidate sentence', () => {
  it('reads like the chair’s example when the baseline is as long as the recent window', () => {
    expect(candidateSentence(facts({}))).toBe(
      'Intensifying hotspot around Saltergate: 23 nuisance incidents in 3 months against 6 in ' +
        'the 3 months before (rate ratio 3.8, 95% CI 1.6–10.5); Gi* hot at 99%.',
    );
  });

  it('compares rates a month against a longer baseline, with UK thousands separators', () => {
    const text = candidateSentence(
      facts({
        recent: { count: 1234, monthsWithData: 3, windowMonths: 3, missing: [] },
        baseline: { count: 2400, monthsWithData: 12, windowMonths: 12, missing: [] },
        change: { ratio: 2.06, lower: 1.9, upper: 2.2 },
        exceedance: true,
      }),
    );
    expect(text).toContain('1,234 nuisance incidents in 3 months (411 a month)');
    expect(text).toContain('against 200 a month in the 12 months before (rate ratio 2.1');
    expect(text).toContain('December 2025 is an XmR special-cause signal');
  });

  it('never says 0 for a baseline with no data, and names missing recent months', () => {
    const text = candidateSentence(
      facts({
        spaceTime: null,
        kind: 'street',
        name: 'Holywell Street',
        giConfidence: null,
        recent: { count: 7, monthsWithData: 2, windowMonths: 3, missing: ['2025-11'] },
        baseline: {
          count: 0,
          monthsWithData: 0,
          windowMonths: 12,
          missing: ['2024-09', '2024-10'],
        },
        change: null,
      }),
    );
    expect(text).toBe(
      'Holywell Street (street): 7 nuisance incidents in the 2 months with data of the last 3 ' +
        '(2025-11 has no data); no data for the 12 months before to compare with.',
    );
    expect(text).not.toMatch(/\b0\b/);
  });

  it('says "none" for a baseline with data and no incidents, with the lower bound only', () => {
    const text = candidateSentence(
      facts({
        spaceTime: 'consecutive-hot-spot',
        baseline: { count: 0, monthsWithData: 12, windowMonths: 12, missing: [] },
        change: { ratio: Infinity, lower: 5.2, upper: Infinity },
      }),
    );
    expect(text).toMatch(/^Emerging hotspot around Saltergate: 23 nuisance incidents in 3 months/);
    expect(text).toContain(
      'against none in the 12 months before (at least 5.2 times the earlier rate',
    );
  });
});
