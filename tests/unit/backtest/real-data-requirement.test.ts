import { describe, expect, it } from 'vitest';
import { BACKTEST_METHODS } from '../../../src/analytics/backtest/rankingMethods';
import { monthIndex } from '../../../src/analytics/months';
import type { BacktestPoints } from '../../../src/reports/backtest-report';
import { backtestFromPoints } from '../../../src/reports/backtest-report';
import { sharedData } from '../../support/shared-data';
import { readDerbyshireAsb } from '../hotspots/realData';

const CELL_SIZES = [250, 500, 750, 1000];
const AREA_SHARES = [0.01, 0.02, 0.05, 0.1];

/**
 * Derbyshire ASB of 2024 (the look-back of early 2025) and 2025. Every ASB row carries the same
 * harm weight, which cannot change a ranking, so each incident weighs 1 here.
 */
function derbyshireAsbPoints(): BacktestPoints {
  const asb = readDerbyshireAsb('202', '');
  const months = asb.months.map(monthIndex);
  return {
    eastings: asb.eastings,
    northings: asb.northings,
    monthIndex: Int32Array.from(asb.monthIndex, (i) => months[i] as number),
    weights: new Float64Array(asb.eastings.length).fill(1),
    coveredMonths: asb.months,
  };
}

describe('the default ranking on real Derbyshire ASB, 2025', () => {
  it('has a mean PAI at least the best single method’s at every cell size 250 m–1 km and area share 1–10%', (test) => {
    sharedData(test, 'policeuk', 'derbyshire', '2025-12');
    const points = derbyshireAsbPoints();
    expect(points.coveredMonths).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    ]);
    const shortfalls: string[] = [];
    for (const cellSize of CELL_SIZES) {
      const details = backtestFromPoints(
        points,
        { from: '2025-01', to: '2025-12', cellSize },
        AREA_SHARES,
      );
      for (const { report, unscoredMonths } of details) {
        expect(report.months).toHaveLength(12);
        expect(unscoredMonths).toEqual([]);
        const pai = (m: (typeof BACKTEST_METHODS)[number]) => report.summary[m].meanPai as number;
        const best = Math.max(...BACKTEST_METHODS.filter((m) => m !== 'default').map(pai));
        // Every method beats chance by far on real data: a broken scorer would not.
        expect(best).toBeGreaterThan(5);
        if (pai('default') < best)
          shortfalls.push(`${cellSize} m, ${report.areaShare * 100}%: ${pai('default')} < ${best}`);
      }
    }
    expect(shortfalls).toEqual([]);
  }, 180_000);
});
