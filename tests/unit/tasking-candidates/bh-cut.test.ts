import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../src/analytics/hotspots/benjaminiHochberg';
import {
  benjaminiHochbergCut,
  emergingHotspots,
} from '../../../src/analytics/hotspots/emergingHotspots';

describe('the Benjamini–Hochberg cut used per space-time step', () => {
  it('declares significant exactly the cells whose BH-adjusted p is below alpha', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const alpha of [0.01, 0.05, 0.1]) {
      for (let trial = 0; trial < 20; trial++) {
        // Many tied and tiny p-values, some NaN (outside the study area), as on a sparse grid.
        const p = Float64Array.from({ length: 2000 }, () => {
          const u = random();
          if (u < 0.05) return NaN;
          if (u < 0.15) return Math.round(random() * 1e4) / 1e6;
          return u < 0.3 ? 0.04 : random();
        });
        const adjusted = benjaminiHochberg(p);
        const cut = benjaminiHochbergCut(p, alpha);
        const byCut = Array.from(p, (v) => !Number.isNaN(v) && v <= cut);
        const byAdjusted = Array.from(adjusted, (v) => v < alpha);
        expect(byCut).toEqual(byAdjusted);
      }
    }
  });
});

describe('emerging hot spots with the trend only where the class needs it', () => {
  it('gives every cell the same class as with the trend everywhere', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nx = 30;
    const ny = 30;
    const steps = 12;
    const counts = new Float64Array(nx * ny * steps);
    for (let step = 0; step < steps; step++)
      for (let cell = 0; cell < nx * ny; cell++) {
        const col = cell % nx;
        const hot = col < 4 && cell < nx * 6 ? 6 + (col % 2 ? step : -step / 2) : 0;
        counts[step * nx * ny + cell] = Math.floor(random() * 2 + Math.max(0, hot));
      }
    const cube = { grid: { cellSize: 100, x0: 0, y0: 0, nx, ny, studyArea: null }, steps, counts };
    const every = emergingHotspots(cube);
    const needed = emergingHotspots(cube, { trendOnlyWhereNeeded: true });
    expect(needed.patterns).toEqual(every.patterns);
    expect(new Set(every.patterns).size).toBeGreaterThan(2);
  });
});
