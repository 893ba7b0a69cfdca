import { describe, expect, it } from 'vitest';
import type { CellGrid } from '../../../src/analytics/hotspots/cellGrid';
import { emergingHotspots } from '../../../src/analytics/hotspots/emergingHotspots';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import { sparseEmergingPatterns } from '../../../src/analytics/hotspots/sparseEmergingPatterns';
import type { SparseCounts } from '../../../src/analytics/hotspots/sparseGiStar';
import {
  sparseCountsByGroup,
  sparseGiStarClasses,
  sparseGridFrame,
} from '../../../src/analytics/hotspots/sparseGiStar';

type Scene = 'scattered' | 'hotspots' | 'holes';

/** A seeded grid with a study area (or none) and `steps` slices of counts, study cells only. */
function scene(seed: number, kind: Scene, withStudyArea: boolean, steps: number) {
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nx = 8 + Math.floor(random() * 40);
  const ny = 8 + Math.floor(random() * 40);
  const cells = nx * ny;
  const studyArea = withStudyArea
    ? Uint8Array.from({ length: cells }, () => +(random() > 0.2))
    : null;
  const grid: CellGrid = { cellSize: 100, x0: 3, y0: 5, nx, ny, studyArea };
  const counts = new Float64Array(cells * steps);
  for (let step = 0; step < steps; step++)
    for (let cell = 0; cell < cells; cell++) {
      if (studyArea && studyArea[cell] === 0) continue;
      const col = cell % nx;
      const row = Math.floor(cell / nx);
      let value = 0;
      if (kind === 'scattered') value = random() < 0.03 ? 1 + Math.floor(random() * 3) : 0;
      if (kind === 'hotspots') {
        const near = col < 5 && row < 5 ? 4 + step : col > nx - 4 && row > ny - 4 ? 8 - step : 0;
        value = random() < 0.05 ? 1 : Math.max(0, near);
      }
      // Busy everywhere but for empty blocks: empty-window cells come out significantly cold.
      if (kind === 'holes') value = col % 9 < 4 && row % 7 < 4 ? 0 : 9 + Math.floor(random() * 3);
      counts[step * cells + cell] = value;
    }
  return { grid, steps, counts };
}

/** The non-zero cells of one dense slice, as the job builds them from its points. */
function sparseSlice(slice: Float64Array): SparseCounts {
  const cells: number[] = [];
  const values: number[] = [];
  slice.forEach((v, i) => {
    if (v === 0) return;
    cells.push(i);
    values.push(v);
  });
  return { cells: Int32Array.from(cells), values: Float64Array.from(values) };
}

const cases: [Scene, boolean][] = [
  ['scattered', false],
  ['scattered', true],
  ['hotspots', false],
  ['hotspots', true],
  ['holes', false],
  ['holes', true],
];

describe('Gi* and emerging hot spots worked out near the incidents only', () => {
  it.each(cases)('give the dense figures bit for bit (%s, study area %s)', (kind, masked) => {
    for (let trial = 0; trial < 4; trial++) {
      const cube = scene(1 + trial * 7919 + kind.length * 31 + (masked ? 5 : 0), kind, masked, 10);
      const { grid, steps, counts } = cube;
      const cellCount = grid.nx * grid.ny;
      const frame = sparseGridFrame(grid);
      const slices = Array.from({ length: steps }, (_, s) =>
        sparseSlice(counts.subarray(s * cellCount, (s + 1) * cellCount)),
      );
      for (const fdr of [true, false]) {
        const last = counts.slice((steps - 1) * cellCount);
        const dense = giStar({ ...grid, counts: last }, { fdr });
        const sparse = sparseGiStarClasses(frame, slices[steps - 1] as SparseCounts, fdr);
        expect(Array.from(sparse.z)).toEqual(Array.from(dense.z));
        expect(Array.from(sparse.classes)).toEqual(Array.from(dense.classes));
        for (const trendOnlyWhereNeeded of [true, false]) {
          const options = { alpha: 0.05, fdr, trendAlpha: 0.05, trendOnlyWhereNeeded };
          const expected = emergingHotspots(cube, options).patterns;
          const patternOf = sparseEmergingPatterns(frame, slices, options);
          expect(Array.from({ length: cellCount }, (_, cell) => patternOf(cell))).toEqual(expected);
        }
      }
    }
  });

  it('meet cold significant empty cells and hot ones in these scenes (the tests can fail)', () => {
    const holes = scene(1, 'holes', false, 10);
    const hot = scene(2, 'hotspots', false, 10);
    const classes = (c: typeof holes) =>
      new Set(giStar({ ...c.grid, counts: c.counts.slice(0, c.grid.nx * c.grid.ny) }).classes);
    expect([...classes(holes)].some((k) => k < 0)).toBe(true);
    expect([...classes(hot)].some((k) => k > 0)).toBe(true);
    expect(new Set(emergingHotspots(hot).patterns).size).toBeGreaterThan(2);
  });

  it('count points by group and cell, leaving out points off the grid or in no group', () => {
    const cellOf = Int32Array.from([4, 2, 4, -1, 7, 2, 4]);
    const groupOf = Int32Array.from([0, 0, 0, 0, 1, -1, 1]);
    const [first, second] = sparseCountsByGroup(cellOf, groupOf, 2);
    expect(Array.from(first?.cells ?? [])).toEqual([2, 4]);
    expect(Array.from(first?.values ?? [])).toEqual([1, 2]);
    expect(Array.from(second?.cells ?? [])).toEqual([4, 7]);
    expect(Array.from(second?.values ?? [])).toEqual([1, 1]);
  });
});
