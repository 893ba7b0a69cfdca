import { describe, expect, it } from 'vitest';
import type { DisplacementCounts } from '../../../src/analytics/tasking/weightedDisplacementQuotient';
import {
  wdqObstacle,
  wdqReading,
  weightedDisplacementQuotient,
} from '../../../src/analytics/tasking/weightedDisplacementQuotient';

/** Target 40 → 20, control 1,000 → 900; the buffer's after count varies. */
const counts = (bufferAfter: number): DisplacementCounts => ({
  target: { before: 40, after: 20 },
  buffer: { before: 30, after: bufferAfter },
  control: { before: 1000, after: 900 },
});

describe('Weighted Displacement Quotient (Bowers & Johnson 2003)', () => {
  it('matches a worked example: displacement smaller than the gain', () => {
    // Success measure R_a/C_a − R_b/C_b = 20/900 − 40/1000 = 1/45 − 1/25 = (5 − 9)/225 = −4/225.
    // Displacement B_a/C_a − B_b/C_b = 36/900 − 30/1000 = 1/25 − 3/100 = 1/100.
    // WDQ = (1/100) / (−4/225) = −225/400 = −0.5625.
    const wdq = weightedDisplacementQuotient(counts(36));
    expect(wdq).toBeCloseTo(-0.5625, 12);
    expect(wdqReading(wdq as number)).toBe(
      'some displacement to the surrounding area, smaller than the gain',
    );
  });

  it('is positive for a diffusion of benefit and below −1 for displacement beyond the gain', () => {
    // 18/900 − 30/1000 = −1/100 → (−1/100)/(−4/225) = +0.5625.
    expect(weightedDisplacementQuotient(counts(18))).toBeCloseTo(0.5625, 12);
    expect(wdqReading(0.5625)).toBe('diffusion of benefit to the surrounding area');
    // 54/900 − 30/1000 = 3/100 → (3/100)/(−4/225) = −1.6875.
    expect(weightedDisplacementQuotient(counts(54))).toBeCloseTo(-1.6875, 12);
    expect(wdqReading(-1.6875)).toBe('displacement to the surrounding area larger than the gain');
    // 27/900 = 30/1000: the buffer did not move relative to control.
    expect(weightedDisplacementQuotient(counts(27))).toBe(0);
  });

  it('is null when the target did not improve relative to control', () => {
    // 40/900 − 40/1000 = +0.0044: the denominator is not negative.
    const worse = { ...counts(36), target: { before: 40, after: 40 } };
    expect(weightedDisplacementQuotient(worse)).toBeNull();
    expect(wdqObstacle(worse)).toBe('target-not-improved');
  });

  it('is null when a control period has no incidents', () => {
    const noControl = { ...counts(36), control: { before: 1000, after: 0 } };
    expect(weightedDisplacementQuotient(noControl)).toBeNull();
    expect(wdqObstacle(noControl)).toBe('no-control-incidents');
    expect(wdqObstacle(counts(36))).toBeNull();
  });
});
