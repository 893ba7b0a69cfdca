import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../../src/analytics/backtest/backtest';
import {
  DEFAULT_RANKING,
  defaultRankingScores,
} from '../../../src/analytics/backtest/defaultRanking';
import { lookBack } from '../../../src/analytics/backtest/lookBack';
import {
  griddedIncidents,
  monthlyCellCounts,
} from '../../../src/analytics/backtest/monthlyCellCounts';
import { cellsForShare, rankCells } from '../../../src/analytics/backtest/rankCells';
import {
  bestCapturedByCells,
  scoreSelection,
} from '../../../src/analytics/backtest/scoreSelection';
import type { CellGrid } from '../../../src/analytics/hotspots/cellGrid';
import { predictiveEfficiencyIndex } from '../../../src/analytics/hotspots/predictiveAccuracy';
import { monthIndex } from '../../../src/analytics/months';

/** A 5 × 4 grid of 100 m cells from (0, 0): cell index = row·5 + col. */
const GRID: CellGrid = { cellSize: 100, x0: 0, y0: 0, nx: 5, ny: 4, studyArea: null };

/** Points at the centres of the given cells, `times` each, in `month`. */
function incidentsAt(spec: { month: string; cell: number; times: number }[]) {
  const e: number[] = [];
  const n: number[] = [];
  const m: number[] = [];
  for (const { month, cell, times } of spec) {
    for (let t = 0; t < times; t++) {
      e.push((cell % 5) * 100 + 50);
      n.push(Math.floor(cell / 5) * 100 + 50);
      m.push(monthIndex(month));
    }
  }
  return { e: Float64Array.from(e), n: Float64Array.from(n), m: Int32Array.from(m) };
}

describe('how many cells a share of the area is', () => {
  it('k = round(share × study cells), at least one cell', () => {
    expect(cellsForShare(0.05, 20)).toBe(1);
    expect(cellsForShare(0.1, 20)).toBe(2);
    expect(cellsForShare(0.125, 20)).toBe(3); // 2.5 rounds up
    expect(cellsForShare(0.01, 20)).toBe(1); // 0.2 would be no cell at all
    expect(cellsForShare(0.05, 79695)).toBe(3985);
    expect(() => cellsForShare(0, 20)).toThrow(RangeError);
  });

  it('ranks equal scores by cell index, from the south-west, whatever the input order', () => {
    const scores = Float64Array.of(1, 3, 3, 0, 3, 2);
    const grid: CellGrid = { ...GRID, nx: 6, ny: 1 };
    expect(Array.from(rankCells(scores, grid))).toEqual([1, 2, 4, 5, 0, 3]);
  });

  it('a tie-break score orders equal scores before the cell index does', () => {
    const grid: CellGrid = { ...GRID, nx: 5, ny: 1 };
    const scores = Float64Array.of(2, 0, 0, 0, 1);
    const density = Float64Array.of(0, 0.1, 0.3, 0.2, 0);
    expect(Array.from(rankCells(scores, grid, density))).toEqual([0, 4, 2, 3, 1]);
  });

  it('leaves cells outside the study area out of the ranking', () => {
    const grid: CellGrid = { ...GRID, nx: 4, ny: 1, studyArea: Uint8Array.of(1, 0, 1, 1) };
    expect(Array.from(rankCells(Float64Array.of(1, 9, 2, 3), grid))).toEqual([3, 2, 0]);
  });
});

describe('scoring a pick on the month', () => {
  // Ten cells; the month has 100 incidents.
  const counts = Float64Array.of(30, 20, 10, 10, 10, 5, 5, 5, 5, 0);
  const best = bestCapturedByCells(counts, null);

  it('hit rate = captured / total, PAI = hit rate / area share, PEI = PAI / best PAI', () => {
    // Cells 0 and 2: 40 of 100 incidents in 2 of 10 cells; the best two cells hold 50.
    const s = scoreSelection(counts, [0, 2], 10, best);
    expect(s.hitRate).toBeCloseTo(0.4, 12);
    expect(s.pai).toBeCloseTo(0.4 / 0.2, 12);
    expect(s.pei).toBeCloseTo(2 / 2.5, 12);
    expect(s.pei).toBeCloseTo(
      predictiveEfficiencyIndex(counts, Uint8Array.of(1, 0, 1, 0, 0, 0, 0, 0, 0, 0)),
      12,
    );
  });

  it('the best cells have PEI 1; a month without incidents scores nothing', () => {
    expect(scoreSelection(counts, [0, 1], 10, best).pei).toBeCloseTo(1, 12);
    const empty = new Float64Array(10);
    const s = scoreSelection(empty, [0], 10, bestCapturedByCells(empty, null));
    expect([s.hitRate, s.pai, s.pei].every(Number.isNaN)).toBe(true);
  });
});

describe('the look-back', () => {
  const covered = ['2024-01', '2024-02', '2024-03', '2024-04', '2025-01'].map(monthIndex);

  it('holds only covered months of the 15 before: missing ones are absent, not zero', () => {
    const w = lookBack(monthIndex('2025-01'), covered, 3, 12);
    expect(w.recent).toEqual([]);
    expect(w.baseline).toEqual(['2024-01', '2024-02', '2024-03', '2024-04'].map(monthIndex));
  });

  it('a missing month’s rate is not diluted: a cell with 6 in each of 2 covered recent months has rate 6', () => {
    const { e, n, m } = incidentsAt([
      { month: '2024-01', cell: 0, times: 6 },
      { month: '2024-03', cell: 0, times: 6 },
      { month: '2024-03', cell: 19, times: 1 },
    ]);
    const inc = griddedIncidents(GRID, e, n, m, ['2024-01', '2024-03'].map(monthIndex));
    const window = lookBack(monthIndex('2024-04'), inc.coveredMonths, 3, 12);
    const scores = defaultRankingScores(GRID, monthlyCellCounts(inc), window, {
      ...DEFAULT_RANKING,
      neighbourWeight: 0,
    });
    expect(scores[0]).toBeCloseTo(6, 12);
    expect(scores[19]).toBeCloseTo(0.5, 12);
  });
});

describe('the backtest on a small grid', () => {
  // Cell 7 is a persistent hotspot, cell 12 is hot only in the month before; cell 3 is isolated.
  const { e, n, m } = incidentsAt([
    { month: '2025-01', cell: 7, times: 5 },
    { month: '2025-01', cell: 3, times: 1 },
    { month: '2025-02', cell: 7, times: 4 },
    { month: '2025-02', cell: 12, times: 6 },
    { month: '2025-03', cell: 7, times: 6 },
    { month: '2025-03', cell: 12, times: 1 },
    { month: '2025-03', cell: 0, times: 3 },
  ]);
  const covered = ['2025-01', '2025-02', '2025-03'].map(monthIndex);
  const inc = griddedIncidents(GRID, e, n, m, covered);
  const [result] = runBacktest(inc, {
    months: ['2025-01', '2025-02', '2025-03', '2025-04'].map(monthIndex),
    areaShares: [0.05],
  });

  it('scores only covered months with something before them', () => {
    expect(result?.months.map((x) => x.month)).toEqual(['2025-02', '2025-03'].map(monthIndex));
    expect(result?.k).toBe(1);
    expect(result?.studyCells).toBe(20);
  });

  it('scores March by hand: last month picks cell 12 (1 of 10), counts pick cell 7 (6 of 10)', () => {
    const march = result?.months[1];
    expect(march?.incidents).toBe(10);
    expect(Array.from(march?.methods['last-month'].cells ?? [])).toEqual([12]);
    expect(march?.methods['last-month'].hitRate).toBeCloseTo(0.1, 12);
    expect(march?.methods['last-month'].pai).toBeCloseTo(0.1 / (1 / 20), 12);
    expect(march?.methods['last-month'].pei).toBeCloseTo(1 / 6, 12);
    expect(Array.from(march?.methods.counts.cells ?? [])).toEqual([7]);
    expect(march?.methods.counts.pai).toBeCloseTo(0.6 * 20, 12);
    expect(march?.methods.counts.pei).toBeCloseTo(1, 12);
    expect(Array.from(march?.methods.default.cells ?? [])).toEqual([7]);
  });

  it('February: every method learns from January only, where cell 7 leads', () => {
    const feb = result?.months[0];
    expect(feb?.incidents).toBe(10);
    for (const method of ['default', 'counts', 'last-month'] as const)
      expect(Array.from(feb?.methods[method].cells ?? [])).toEqual([7]);
  });

  it('the summary is the mean over the scored months', () => {
    const months = result?.months ?? [];
    const mean = months.reduce((s, x) => s + x.methods.counts.pai, 0) / months.length;
    expect(result?.summary.counts.meanPai).toBeCloseTo(mean, 12);
    expect(result?.summary.counts.monthsBest).toBe(2);
  });
});
