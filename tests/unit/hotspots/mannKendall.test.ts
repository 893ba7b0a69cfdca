import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../src/analytics/hotspots/mannKendall';

// Reference values from R 4.x: S and Var(S) by the Gilbert (1987) formulas in base R, z and p
// from cor.test(x, seq_along(x), method = "kendall", exact = FALSE, continuity = TRUE)
// (identical to the Mann–Kendall z when time has no ties) and tau from its estimate.
describe('Mann–Kendall trend test', () => {
  it('finds no trend in the first 24 years of the Nile flow series (R datasets::Nile)', () => {
    const nile = [
      1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140, 995, 935, 1110, 994, 1020, 960,
      1180, 799, 958, 1140, 1100, 1210, 1150, 1250,
    ];
    const r = mannKendall(nile);
    expect(r.s).toBe(-5);
    expect(r.varS).toBeCloseTo(1619.6666666666667, 9);
    expect(r.z).toBeCloseTo(-0.099391024940131925, 12);
    expect(r.p).toBeCloseTo(0.92082780854009627, 12);
    expect(r.tau).toBeCloseTo(-0.018282299441249483, 12);
  });

  it('finds a significant rise in a series with tied months', () => {
    const r = mannKendall([10, 12, 12, 11, 15, 15, 15, 14, 18, 20, 19, 19]);
    expect(r.s).toBe(47);
    expect(r.varS).toBe(207);
    expect(r.z).toBeCloseTo(3.197221015541813, 12);
    expect(r.p).toBeCloseTo(0.0013875856393452924, 14);
    expect(r.tau).toBeCloseTo(0.74073177121025269, 12);
  });

  it('finds a significant fall', () => {
    const r = mannKendall([5, 4, 6, 3, 3, 2, 2, 1, 4, 1]);
    expect(r.s).toBe(-27);
    expect(r.varS).toBe(121);
    expect(r.z).toBeCloseTo(-2.3636363636363638, 12);
    expect(r.p).toBeCloseTo(0.018096565413691115, 12);
    expect(r.tau).toBeCloseTo(-0.62858726619262029, 12);
  });

  it('gives S = n(n−1)/2 and tau = 1 for a strictly rising series, and no trend for a flat one', () => {
    const rising = mannKendall([1, 2, 3, 4, 5]);
    expect([rising.s, rising.tau]).toEqual([10, 1]);
    expect(rising.varS).toBeCloseTo(50 / 3, 12);
    const flat = mannKendall([4, 4, 4, 4]);
    expect([flat.s, flat.z, flat.p]).toEqual([0, 0, 1]);
  });
});
