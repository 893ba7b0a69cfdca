import { describe, expect, it } from 'vitest';
import type { MonthlyCountRow } from '../../../src/analytics/trends/monthlySeries';
import { seriesFromRows } from '../../../src/analytics/trends/seriesFromRows';

const rows: MonthlyCountRow[] = [
  { month: '2025-01', category: 'Nuisance', area: 'Ward A', count: 7 },
  { month: '2025-01', category: 'Nuisance', area: 'Ward B', count: 3 },
  { month: '2025-03', category: 'Nuisance', area: 'Ward A', count: 9 },
  { month: '2025-03', category: 'Personal', area: 'Ward B', count: 2 },
];

describe('series from SQL count rows', () => {
  it('fills covered months without rows with zero and marks months without data as missing', () => {
    const series = seriesFromRows(rows, [
      { source: 'council', categories: 'all', monthsWithData: ['2025-01', '2025-03', '2025-04'] },
    ]);
    const nuisance = series.find((s) => s.category === 'Nuisance' && s.area === null);
    expect(nuisance?.series).toEqual({
      months: ['2025-01', '2025-02', '2025-03', '2025-04'],
      counts: [10, 0, 9, 0],
      covered: [true, false, true, true],
    });
  });

  it('gives every category for every area, plus the all-areas total', () => {
    const series = seriesFromRows(rows, [
      { source: 'council', categories: 'all', monthsWithData: ['2025-01', '2025-02', '2025-03'] },
    ]);
    expect(series.map((s) => [s.category, s.area, s.series.counts])).toEqual([
      ['Nuisance', null, [10, 0, 9]],
      ['Nuisance', 'Ward A', [7, 0, 9]],
      ['Nuisance', 'Ward B', [3, 0, 0]],
      ['Personal', null, [0, 0, 2]],
      ['Personal', 'Ward A', [0, 0, 0]],
      ['Personal', 'Ward B', [0, 0, 2]],
    ]);
  });

  it('covers a month only when every source supplying the category has it', () => {
    const series = seriesFromRows(
      [{ month: '2025-01', category: 'Criminal damage', count: 12 }],
      [
        {
          source: 'police.uk',
          categories: ['Criminal damage'],
          monthsWithData: ['2025-01', '2025-02'],
        },
        { source: 'council', categories: ['Criminal damage'], monthsWithData: ['2025-02'] },
      ],
    );
    expect(series[0]?.series.covered).toEqual([false, true]);
  });

  it('refuses a category no source claims, since its coverage is unknown', () => {
    expect(() =>
      seriesFromRows(rows, [
        { source: 'fire', categories: ['Arson'], monthsWithData: ['2025-01'] },
      ]),
    ).toThrow(/Nuisance/);
  });
});
