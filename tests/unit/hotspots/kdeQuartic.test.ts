import { describe, expect, it } from 'vitest';
import type { CellGrid } from '../../../src/analytics/hotspots/cellGrid';
import { kdeBandwidth, ruleOfThumbBandwidth } from '../../../src/analytics/hotspots/kdeBandwidth';
import { kdeQuartic } from '../../../src/analytics/hotspots/kdeQuartic';

const grid = (x0: number, y0: number, nx: number, ny: number, cellSize: number): CellGrid => ({
  cellSize,
  x0,
  y0,
  nx,
  ny,
  studyArea: null,
});

describe('quartic kernel density', () => {
  it('integrates to the number of points (within 1%) when the grid covers every kernel', () => {
    const eastings = Float64Array.of(437_120, 437_480, 437_505, 438_010, 437_777);
    const northings = Float64Array.of(371_230, 371_260, 371_900, 371_415, 372_020);
    const cellSize = 25;
    const { density } = kdeQuartic(eastings, northings, grid(17_440, 14_800, 120, 120, cellSize), {
      bandwidth: 600,
    });
    const total = density.reduce((sum, d) => sum + d * cellSize * cellSize, 0);
    expect(Math.abs(total - 5) / 5).toBeLessThan(0.01);
  });

  it('peaks at an isolated incident with 3/(πh²) and is zero from h outwards', () => {
    const h = 400;
    const { density } = kdeQuartic(
      Float64Array.of(1050),
      Float64Array.of(1050),
      grid(0, 0, 21, 21, 100),
      {
        bandwidth: h,
      },
    );
    expect(density[10 * 21 + 10]).toBeCloseTo(3 / (Math.PI * h * h), 15);
    expect(density[10 * 21 + 14]).toBe(0);
    expect(density[10 * 21 + 13]).toBeGreaterThan(0);
  });

  it('weights incidents, e.g. personal ASB counted three times', () => {
    const surface = (weights?: Float64Array) =>
      kdeQuartic(Float64Array.of(550), Float64Array.of(550), grid(0, 0, 11, 11, 100), {
        bandwidth: 300,
        weights,
      }).density[5 * 11 + 5] as number;
    expect(surface(Float64Array.of(3))).toBeCloseTo(3 * surface(), 15);
  });
});

describe("sfhotspot's rule-of-thumb bandwidth", () => {
  it('matches MASS::bandwidth.nrd for one axis', () => {
    const x = Float64Array.of(
      419200,
      421350,
      436800,
      437100,
      437950,
      438010,
      438500,
      439900,
      441000,
      445000,
      452300,
    );
    // R: sprintf("%.17g", MASS::bandwidth.nrd(x))
    expect(ruleOfThumbBandwidth(x)).toBeCloseTo(6855.6804350360208, 8);
  });

  it('averages the two axes by default and can reproduce sfhotspot (easting axis only)', () => {
    const eastings = Float64Array.of(0, 100, 200, 300, 400, 500, 600, 700);
    const northings = Float64Array.of(0, 300, 600, 900, 1200, 1500, 1800, 2100);
    const mean = kdeBandwidth(eastings, northings);
    expect(mean.bandwidth).toBeCloseTo((mean.eastingBandwidth + mean.northingBandwidth) / 2, 9);
    expect(mean.northingBandwidth).toBeCloseTo(3 * mean.eastingBandwidth, 9);
    const asSfhotspot = kdeBandwidth(eastings, northings, 'easting-only', 0.5);
    expect(asSfhotspot.bandwidth).toBeCloseTo(0.5 * mean.eastingBandwidth, 9);
    expect(asSfhotspot.rule).toMatch(/sfhotspot/);
  });
});
