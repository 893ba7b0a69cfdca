import { describe, expect, it } from 'vitest';
import { erfc, twoSidedNormalP } from '../../../src/analytics/hotspots/normalTail';

describe('two-sided normal p-values', () => {
  // R 4.x: sprintf("%.17g", 2 * pnorm(abs(z), lower.tail = FALSE))
  const reference: Array<[number, number]> = [
    [0, 1],
    [0.5, 0.61707507745197387],
    [1.2815515655446004, 0.19999999999999998],
    [1.6448536269514722, 0.10000000000000009],
    [1.959963984540054, 0.050000000000000024],
    [2.5758293035489004, 0.010000000000000007],
    [3, 0.0026997960632601892],
    [5, 5.7330314375838782e-7],
    [8.5, 1.8959069644406638e-17],
    [12, 3.5529642241553581e-33],
  ];

  it.each(reference)('z = %d gives the p of R pnorm to 1e-12 relative', (z, p) => {
    expect(Math.abs(twoSidedNormalP(z) - p) / p).toBeLessThan(1e-12);
    expect(twoSidedNormalP(-z)).toBe(twoSidedNormalP(z));
  });

  it('puts the 90/95/99% critical values on the class boundaries', () => {
    expect(twoSidedNormalP(1.6449)).toBeLessThan(0.1);
    expect(twoSidedNormalP(1.6448)).toBeGreaterThan(0.1);
    expect(twoSidedNormalP(1.96)).toBeLessThan(0.05);
    expect(twoSidedNormalP(2.5758)).toBeGreaterThan(0.01);
  });

  it('is continuous where the method switches from series to continued fraction', () => {
    expect(Math.abs(erfc(2 - 1e-12) - erfc(2 + 1e-12))).toBeLessThan(1e-13);
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 15);
  });
});
