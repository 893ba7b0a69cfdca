import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TruthPattern } from '../../../scripts/demo-data/truth';
import {
  asbGrid,
  countAt,
  generateTemp,
  giStar,
  median,
  type CellGrid,
  type TempDataset,
} from './dataset-helpers';

let data: TempDataset;
const grids = new Map<string, CellGrid>();

beforeAll(async () => {
  data = await generateTemp();
  for (const month of data.truth.months)
    grids.set(month, await asbGrid(data.dir, data.truth, month));
});
afterAll(() => data.remove());

function pattern(id: string): TruthPattern {
  const found = data.truth.patterns.find((p) => p.id === id);
  if (!found) throw new Error(`no pattern ${id}`);
  return found;
}
function grid(month: string): CellGrid {
  const found = grids.get(month);
  if (!found) throw new Error(`no grid for ${month}`);
  return found;
}
/** Mean ASB count per cell of a pattern in a month. */
function perCell(p: TruthPattern, month: string): number {
  return p.cells.reduce((sum, c) => sum + countAt(grid(month), c.ix, c.iy), 0) / p.cells.length;
}
/** Highest Gi* z over a pattern's cells in a month. */
function maxZ(p: TruthPattern, month: string): number {
  return Math.max(...p.cells.map((c) => giStar(grid(month), c.ix, c.iy)));
}
const Z_HOT = 3.5; // comfortably past a Benjamini-Hochberg cut-off over ~1,300 cells

describe('planted ASB patterns', () => {
  it('records the four expected Emerging Hot Spot classes', () => {
    expect(data.truth.patterns.map((p) => [p.id, p.expectedClass])).toEqual([
      ['persistent', 'persistent'],
      ['emerging', 'consecutive'],
      ['diminishing', 'diminishing'],
      ['sporadic', 'sporadic'],
    ]);
    expect(pattern('emerging').monthsActive).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(pattern('sporadic').monthsActive).toContain('2025-12');
    expect(pattern('persistent').monthsActive).toHaveLength(36);
  });

  it('gives persistent cells many more ASB incidents each month than the median cell', () => {
    for (const month of data.truth.months) {
      const g = grid(month);
      const typical = Math.max(
        median(g.counts),
        g.counts.reduce((a, b) => a + b, 0) / g.counts.length,
      );
      expect(perCell(pattern('persistent'), month), month).toBeGreaterThan(5 * typical);
      expect(perCell(pattern('persistent'), month), month).toBeGreaterThan(median(g.counts) + 3);
    }
  });

  it('makes the persistent hotspot Gi*-hot in every month', () => {
    for (const month of data.truth.months)
      expect(maxZ(pattern('persistent'), month), month).toBeGreaterThan(Z_HOT);
  });

  it('makes the emerging hotspot hot only in its last six months', () => {
    const p = pattern('emerging');
    for (const month of data.truth.months) {
      if (p.monthsActive.includes(month)) expect(maxZ(p, month), month).toBeGreaterThan(Z_HOT);
      else expect(maxZ(p, month), month).toBeLessThan(2.5);
    }
  });

  it('makes the diminishing hotspot hot throughout but falling', () => {
    const p = pattern('diminishing');
    const months = data.truth.months;
    for (const month of months) expect(maxZ(p, month), month).toBeGreaterThan(Z_HOT);
    const mean = (ms: string[]): number => ms.reduce((s, m) => s + perCell(p, m), 0) / ms.length;
    expect(mean(months.slice(0, 12))).toBeGreaterThan(1.8 * mean(months.slice(24)));
  });

  it('makes the sporadic hotspot hot in its scattered months only', () => {
    const p = pattern('sporadic');
    for (const month of data.truth.months) {
      if (p.monthsActive.includes(month)) expect(maxZ(p, month), month).toBeGreaterThan(Z_HOT);
      else expect(maxZ(p, month), month).toBeLessThan(3);
    }
  });

  it('puts the recorded centre inside the cluster and within the borough', () => {
    for (const p of data.truth.patterns) {
      const ixs = p.cells.map((c) => c.ix);
      const iys = p.cells.map((c) => c.iy);
      const { easting, northing } = p.centre;
      expect(easting / 250).toBeGreaterThanOrEqual(Math.min(...ixs));
      expect(easting / 250).toBeLessThanOrEqual(Math.max(...ixs) + 1);
      expect(northing / 250).toBeGreaterThanOrEqual(Math.min(...iys));
      expect(northing / 250).toBeLessThanOrEqual(Math.max(...iys) + 1);
      expect(p.centre.longitude).toBeGreaterThan(data.truth.extentLonLat.west);
      expect(p.centre.latitude).toBeLessThan(data.truth.extentLonLat.north);
    }
  });

  it('shows summer ASB and bonfire-season criminal damage in the background', () => {
    const byCalendarMonth = (type: string, calendar: string[]): number => {
      const months = data.truth.months.filter((m) => calendar.includes(m.slice(5)));
      return (
        months.reduce((s, m) => s + (data.truth.policeUk.rowsPerMonthAndType[m]?.[type] ?? 0), 0) /
        months.length
      );
    };
    expect(byCalendarMonth('Anti-social behaviour', ['06', '07', '08'])).toBeGreaterThan(
      1.15 * byCalendarMonth('Anti-social behaviour', ['01', '02', '12']),
    );
    expect(byCalendarMonth('Criminal damage and arson', ['10', '11'])).toBeGreaterThan(
      1.3 * byCalendarMonth('Criminal damage and arson', ['03', '04', '05', '06', '07', '08']),
    );
  });
});
