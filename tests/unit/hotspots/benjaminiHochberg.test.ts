import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../src/analytics/hotspots/benjaminiHochberg';

describe('Benjamini–Hochberg FDR adjustment', () => {
  it('equals R p.adjust(p, "BH")', () => {
    const p = Float64Array.of(0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.045, 0.9, 0.001, 0.06);
    // R: sprintf("%.17g", p.adjust(p, "BH"))
    const fromR = [
      0.033333333333333333, 0.074999999999999997, 0.074999999999999997, 0.025000000000000001, 0.25,
      0.55555555555555558, 0.074999999999999997, 0.90000000000000002, 0.01, 0.085714285714285715,
    ];
    const adjusted = benjaminiHochberg(p);
    fromR.forEach((value, i) => expect(adjusted[i]).toBeCloseTo(value, 15));
  });

  it('never makes a p-value smaller, and caps at 1', () => {
    const p = Float64Array.of(0.9, 0.95, 0.99, 0.02);
    const adjusted = benjaminiHochberg(p);
    adjusted.forEach((a, i) => {
      expect(a).toBeGreaterThanOrEqual(p[i] as number);
      expect(a).toBeLessThanOrEqual(1);
    });
  });

  it('leaves cells outside the study area (NaN) out of the count of tests', () => {
    const adjusted = benjaminiHochberg(Float64Array.of(0.01, NaN, 0.04));
    expect(adjusted[0]).toBeCloseTo(0.02, 15);
    expect(adjusted[1]).toBeNaN();
    expect(adjusted[2]).toBeCloseTo(0.04, 15);
  });
});
