import { describe, expect, it } from 'vitest';
import {
  inverseRegularizedIncompleteBeta,
  regularizedIncompleteBeta,
} from '../../../src/analytics/trends/incompleteBeta';

// Reference values from R 4: sprintf("%.17g", pbeta(x, a, b)) and sprintf("%.17g", qbeta(p, a, b)).
const PBETA: [x: number, a: number, b: number, expected: number][] = [
  [0.3, 2.5, 7, 0.64122246297172114],
  [0.9, 0.5, 0.5, 0.79516723530086664],
  [0.5, 1318, 1234, 0.048134426923807476],
  [1e-4, 1, 1000, 0.095167106441453805],
  [0.999, 200, 0.8, 0.7284472350779454],
];
const QBETA: [p: number, a: number, b: number, expected: number][] = [
  [0.025, 12, 21, 0.21100031642399275],
  [0.975, 13, 20, 0.56307754490307338],
  [0.025, 1, 1000, 2.5317487491294048e-5],
  [0.975, 1318, 1235, 0.53562280471171098],
  [1e-8, 0.5, 3, 2.8444444444444455e-17],
];

describe('regularised incomplete beta', () => {
  it.each(PBETA)('I_%s(%s, %s) matches R pbeta', (x, a, b, expected) => {
    expect(Math.abs(regularizedIncompleteBeta(x, a, b) - expected) / expected).toBeLessThan(1e-10);
  });

  it('is 0 at x = 0, 1 at x = 1, and symmetric: I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    expect(regularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 4)).toBe(1);
    const left = regularizedIncompleteBeta(0.37, 6, 2.5);
    expect(left + regularizedIncompleteBeta(0.63, 2.5, 6)).toBeCloseTo(1, 14);
  });

  it.each(QBETA)('inverse at p = %s for (%s, %s) matches R qbeta', (p, a, b, expected) => {
    expect(Math.abs(inverseRegularizedIncompleteBeta(p, a, b) - expected) / expected).toBeLessThan(
      1e-10,
    );
  });

  it('round-trips: I at the inverse gives back p', () => {
    for (const [p, a, b] of [
      [0.001, 3, 400],
      [0.5, 40, 40],
      [0.999, 2, 2],
    ] as const) {
      const x = inverseRegularizedIncompleteBeta(p, a, b);
      expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(p, 12);
    }
  });
});
