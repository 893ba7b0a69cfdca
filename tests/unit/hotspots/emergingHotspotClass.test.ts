import { describe, expect, it } from 'vitest';
import type { EmergingPattern } from '../../../src/analytics/hotspots/emergingHotspotClass';
import {
  EMERGING_PATTERN_RULES,
  emergingHotspotClass,
} from '../../../src/analytics/hotspots/emergingHotspotClass';

const noTrend = { trendTau: 0.05, trendP: 0.6 };
const rising = { trendTau: 0.7, trendP: 0.001 };
const falling = { trendTau: -0.7, trendP: 0.001 };

// Ten monthly steps: 1 = significant hot spot that month, −1 = cold, 0 = neither.
const cases: Array<[EmergingPattern, number[], { trendTau: number; trendP: number }]> = [
  ['new-hot-spot', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1], noTrend],
  ['consecutive-hot-spot', [0, 0, 0, 0, 0, 0, 0, 1, 1, 1], rising],
  ['intensifying-hot-spot', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], rising],
  ['persistent-hot-spot', [1, 1, 1, 1, 0, 1, 1, 1, 1, 1], noTrend],
  ['diminishing-hot-spot', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], falling],
  ['sporadic-hot-spot', [0, 1, 0, 0, 1, 1, 0, 0, 0, 1], noTrend],
  ['oscillating-hot-spot', [-1, -1, 0, 0, 0, 0, 0, 0, 1, 1], rising],
  ['historical-hot-spot', [1, 1, 1, 1, 1, 1, 1, 1, 1, 0], falling],
  ['new-cold-spot', [0, 0, 0, 0, 0, 0, 0, 0, 0, -1], noTrend],
  ['consecutive-cold-spot', [0, 0, 0, 0, 0, 0, -1, -1, -1, -1], falling],
  ['intensifying-cold-spot', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1], falling],
  ['persistent-cold-spot', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1], noTrend],
  ['diminishing-cold-spot', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1], rising],
  ['sporadic-cold-spot', [-1, 0, -1, 0, 0, 0, 0, -1, 0, -1], noTrend],
  ['oscillating-cold-spot', [0, 1, 1, 0, 0, 0, 0, 0, 0, -1], noTrend],
  ['historical-cold-spot', [-1, -1, -1, -1, -1, -1, -1, -1, -1, 0], noTrend],
  ['no-pattern', [0, 1, 0, 0, 0, 0, 1, 0, 0, 0], noTrend],
];

describe('emerging hot spot patterns (ArcGIS Pro definitions)', () => {
  it.each(cases)('classes %s', (pattern, significance, trend) => {
    expect(emergingHotspotClass({ significance, ...trend })).toBe(pattern);
  });

  it('treats a hot spot in 8 of 10 months ending hot as consecutive or sporadic, not persistent (below 90%)', () => {
    expect(emergingHotspotClass({ significance: [0, 0, 1, 1, 1, 1, 1, 1, 1, 1], ...noTrend })).toBe(
      'consecutive-hot-spot',
    );
    expect(emergingHotspotClass({ significance: [1, 0, 0, 1, 1, 1, 1, 1, 1, 1], ...noTrend })).toBe(
      'sporadic-hot-spot',
    );
  });

  it('ignores a trend that is not significant at the chosen level', () => {
    const allHot = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(emergingHotspotClass({ significance: allHot, trendTau: 0.4, trendP: 0.07 })).toBe(
      'persistent-hot-spot',
    );
    expect(emergingHotspotClass({ significance: allHot, trendTau: 0.4, trendP: 0.07 }, 0.1)).toBe(
      'intensifying-hot-spot',
    );
  });

  it('publishes one rule in words for every pattern the classifier can return', () => {
    const documented = EMERGING_PATTERN_RULES.map((r) => r.pattern);
    expect(new Set(documented).size).toBe(documented.length);
    for (const [pattern] of cases) expect(documented).toContain(pattern);
    const intensifyingCold = EMERGING_PATTERN_RULES.find(
      (r) => r.pattern === 'intensifying-cold-spot',
    );
    expect(intensifyingCold?.rule).toMatch(/cold in at least 90%.*decreasing/i);
  });
});
