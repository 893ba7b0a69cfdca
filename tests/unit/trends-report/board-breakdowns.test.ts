import { describe, expect, it } from 'vitest';
import type { ComparisonWindows } from '../../../src/analytics/trends/comparisonWindows';
import type { MonthlySeries } from '../../../src/analytics/trends/monthlySeries';
import {
  boardBreakdown,
  crimeTypeParts,
  subcategoryParts,
} from '../../../src/reports/board-breakdowns';

const months = Array.from({ length: 24 }, (_, i) => {
  const year = 2024 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
});
const windows: ComparisonWindows = {
  kind: 'rolling12Months',
  current: { first: '2025-01', last: '2025-12' },
  previous: { first: '2024-01', last: '2024-12' },
};

/** A series with `perYear[0]` incidents spread over 2024 and `perYear[1]` over 2025. */
function series(perYear: [number, number], covered = months.map(() => true)): MonthlySeries {
  const counts = months.map((_, i) => {
    const total = perYear[i < 12 ? 0 : 1];
    const month = i % 12;
    return Math.floor((total * (month + 1)) / 12) - Math.floor((total * month) / 12);
  });
  return { months, counts, covered };
}

const sum = (a: [number, number], b: [number, number]): [number, number] => [
  a[0] + b[0],
  a[1] + b[1],
];

describe('the strategy sub-categories under a board headline', () => {
  it('lists each sub-category and the part recorded at the headline level, with its change', () => {
    const personal: [number, number] = [120, 150];
    const nuisance: [number, number] = [400, 380];
    const policeUk: [number, number] = [1000, 900];
    const asb = sum(sum(personal, nuisance), policeUk);
    const breakdown = boardBreakdown(
      { category: 'asb', series: series(asb), published: { current: asb[1], previous: asb[0] } },
      subcategoryParts(
        'asb',
        new Map([
          ['asb-personal', series(personal)],
          ['asb-nuisance', series(nuisance)],
        ]),
      ),
      windows,
    );
    expect(breakdown).toEqual({
      shown: true,
      by: 'subcategory',
      lines: [
        expect.objectContaining({ label: 'ASB – personal', previous: 120, current: 150 }),
        expect.objectContaining({ label: 'ASB – nuisance', previous: 400, current: 380 }),
        expect.objectContaining({ label: 'Not broken down', previous: 1000, current: 900 }),
      ],
    });
    if (breakdown?.shown) expect(breakdown.lines[0]?.percentChange).toBeCloseTo(25, 10);
  });

  it('hides a small sub-category and one more line, so that it cannot be worked out from the headline', () => {
    const primary: [number, number] = [3, 40];
    const secondary: [number, number] = [60, 70];
    const damage: [number, number] = [900, 950];
    const total = sum(sum(primary, secondary), damage);
    const breakdown = boardBreakdown(
      {
        category: 'criminal-damage-arson',
        series: series(total),
        published: { current: total[1], previous: total[0] },
      },
      subcategoryParts(
        'criminal-damage-arson',
        new Map([
          ['arson-primary', series(primary)],
          ['arson-secondary', series(secondary)],
          ['criminal-damage', series(damage)],
        ]),
      ),
      windows,
    );
    if (!breakdown?.shown) throw new Error('expected a breakdown');
    const previous = breakdown.lines.map((l) => l.previous);
    expect(previous.filter((v) => v === null).length).toBe(2);
    expect(previous).not.toContain(3);
    // What is shown never pins down a hidden line: the headline minus the shown lines is a sum
    // of two hidden ones.
    const shown = previous.filter((v): v is number => v !== null);
    expect(total[0] - shown.reduce((a, b) => a + b, 0)).toBe(63);
    expect(breakdown.lines.map((l) => l.current)).toEqual([950, 40, 70]);
  });

  it('is withheld when the headline itself is hidden, and null without sub-category data', () => {
    const small: [number, number] = [2, 3];
    expect(
      boardBreakdown(
        { category: 'asb', series: series(small), published: { current: null, previous: null } },
        subcategoryParts('asb', new Map([['asb-personal', series(small)]])),
        windows,
      ),
    ).toEqual({ shown: false, reason: 'not shown, to protect small numbers' });
    expect(
      boardBreakdown(
        { category: 'asb', series: series([10, 10]), published: { current: 10, previous: 10 } },
        [],
        windows,
      ),
    ).toBeNull();
  });

  it('says "no data" for a period without data and makes no comparison across it', () => {
    const covered = months.map((_, i) => i >= 12);
    const personal = series([0, 40], covered);
    const asb = series([0, 100], covered);
    const breakdown = boardBreakdown(
      { category: 'asb', series: asb, published: { current: 100, previous: null } },
      subcategoryParts('asb', new Map([['asb-personal', personal]])),
      windows,
    );
    if (!breakdown?.shown) throw new Error('expected a breakdown');
    expect(breakdown.lines[0]).toMatchObject({
      current: 40,
      previous: null,
      noData: { current: false, previous: true },
      percentChange: null,
      verdict: 'notComparable',
    });
  });

  it("splits a category by crime type, each in the category's own months", () => {
    const other = series([30, 40]);
    const rows = other.months.flatMap((month, i) => [
      { month, type: 'Shoplifting', count: i < 12 ? 2 : 3 },
      { month, type: 'Burglary', count: 0 },
    ]);
    const parts = crimeTypeParts(
      { ...other, counts: other.months.map((_, i) => (i < 12 ? 2 : 3)) },
      rows,
    );
    expect(parts.map((p) => p.label)).toEqual(['Burglary', 'Shoplifting']);
    const shoplifting = parts[1];
    expect(shoplifting?.series.counts.slice(0, 12).reduce((a, b) => a + b, 0)).toBe(24);
    const breakdown = boardBreakdown(
      {
        category: 'other-crime',
        series: { ...other, counts: other.months.map((_, i) => (i < 12 ? 2 : 3)) },
        published: { current: 36, previous: 24 },
      },
      parts,
      windows,
      {},
      'crimeType',
    );
    // Burglary has no incident in either year, so only shoplifting is listed.
    expect(breakdown).toEqual({
      shown: true,
      by: 'crimeType',
      lines: [expect.objectContaining({ label: 'Shoplifting', previous: 24, current: 36 })],
    });
  });
});
