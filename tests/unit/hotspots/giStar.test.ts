import { describe, expect, it } from 'vitest';
import type { CountGrid } from '../../../src/analytics/hotspots/cellGrid';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import {
  hotspotClassLabel,
  OUTSIDE_STUDY_AREA,
} from '../../../src/analytics/hotspots/hotspotClass';

function gridOf(
  nx: number,
  ny: number,
  counts: number[],
  studyArea: Uint8Array | null = null,
): CountGrid {
  return { cellSize: 100, x0: 0, y0: 0, nx, ny, studyArea, counts: Float64Array.from(counts) };
}

/** Gi* straight from Getis & Ord (1995) with binary weights: an O(n²) check of the fast version. */
function giStarByDefinition(grid: CountGrid): number[] {
  const cells = grid.nx * grid.ny;
  const inside = (i: number) => !grid.studyArea || grid.studyArea[i] === 1;
  const members = [...Array(cells).keys()].filter(inside);
  const n = members.length;
  const mean = members.reduce((s, i) => s + (grid.counts[i] as number), 0) / n;
  const s = Math.sqrt(
    members.reduce((acc, i) => acc + (grid.counts[i] as number) ** 2, 0) / n - mean * mean,
  );
  return [...Array(cells).keys()].map((i) => {
    if (!inside(i)) return NaN;
    const [ci, ri] = [i % grid.nx, Math.floor(i / grid.nx)];
    let lag = 0;
    let w = 0;
    for (const j of members) {
      const [cj, rj] = [j % grid.nx, Math.floor(j / grid.nx)];
      if (Math.abs(ci - cj) <= 1 && Math.abs(ri - rj) <= 1) {
        lag += grid.counts[j] as number;
        w++;
      }
    }
    return (lag - w * mean) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
  });
}

function pseudoRandomCounts(length: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) ** 3 * 12);
  });
}

describe('Getis-Ord Gi* on a grid', () => {
  it('equals the textbook formula, including edge and corner cells with fewer neighbours', () => {
    const grid = gridOf(7, 5, pseudoRandomCounts(35, 7));
    const expected = giStarByDefinition(grid);
    const { z, n } = giStar(grid);
    expect(n).toBe(35);
    expected.forEach((value, i) => expect(z[i]).toBeCloseTo(value, 10));
  });

  it('leaves cells outside the boundary out of the neighbours and of n', () => {
    const mask = Uint8Array.from(pseudoRandomCounts(48, 3).map((c) => (c < 6 ? 1 : 0)));
    const grid = gridOf(8, 6, pseudoRandomCounts(48, 11), mask);
    const expected = giStarByDefinition(grid);
    const result = giStar(grid);
    expect(result.n).toBe(mask.reduce((a, b) => a + b, 0));
    expected.forEach((value, i) => {
      if (Number.isNaN(value)) {
        expect(result.z[i]).toBeNaN();
        expect(result.classes[i]).toBe(OUTSIDE_STUDY_AREA);
      } else expect(result.z[i]).toBeCloseTo(value, 10);
    });
  });

  it('finds a tight cluster of incidents as a 99% hot spot after FDR, and nothing in an even spread', () => {
    const counts = new Array<number>(30 * 30).fill(1);
    const townCentre: Array<[number, number]> = [
      [14, 14],
      [15, 14],
      [14, 15],
      [15, 15],
    ];
    for (const [c, r] of townCentre) counts[r * 30 + c] = 25;
    const clustered = giStar(gridOf(30, 30, counts));
    expect(hotspotClassLabel(clustered.classes[14 * 30 + 14] as number)).toBe('hot-99');
    expect(hotspotClassLabel(clustered.classes[0] as number)).toBe('not-significant');

    const even = giStar(gridOf(30, 30, new Array<number>(900).fill(3)));
    expect(even.classes.every((c) => c === 0)).toBe(true);
  });

  it('classes on the FDR-adjusted p by default and on the raw p only when asked', () => {
    const grid = gridOf(20, 20, pseudoRandomCounts(400, 5));
    const corrected = giStar(grid);
    const raw = giStar(grid, { fdr: false });
    const significant = (classes: Int8Array) => classes.filter((c) => c !== 0).length;
    expect(corrected.fdr).toBe(true);
    expect(significant(raw.classes)).toBeGreaterThan(significant(corrected.classes));
    expect(Array.from(raw.z)).toEqual(Array.from(corrected.z));
  });
});
