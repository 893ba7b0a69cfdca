import { describe, expect, it } from 'vitest';
import type { CountGrid } from '../../../src/analytics/hotspots/cellGrid';
import { emergingHotspots } from '../../../src/analytics/hotspots/emergingHotspots';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import { spaceTimeCube } from '../../../src/analytics/hotspots/spaceTimeCube';

const side = 20;
const steps = 12;

/** Monthly incidents: background noise, a town-centre cluster that grows, an estate that flares in the last month. */
function incidents() {
  const eastings: number[] = [];
  const northings: number[] = [];
  const months: number[] = [];
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const add = (col: number, row: number, month: number, count: number) => {
    for (let k = 0; k < count; k++) {
      eastings.push((col + random()) * 100);
      northings.push((row + random()) * 100);
      months.push(month);
    }
  };
  for (let month = 0; month < steps; month++) {
    for (let i = 0; i < 150; i++)
      add(Math.floor(random() * side), Math.floor(random() * side), month, 1);
    for (const [c, r] of [
      [5, 5],
      [6, 5],
      [5, 6],
      [6, 6],
    ] as const)
      add(c, r, month, 3 + month);
    if (month === steps - 1)
      for (const [c, r] of [
        [15, 14],
        [16, 14],
        [15, 15],
        [16, 15],
      ] as const)
        add(c, r, month, 30);
  }
  return {
    e: Float64Array.from(eastings),
    n: Float64Array.from(northings),
    m: Int32Array.from(months),
  };
}

describe('emerging hot spot analysis over a monthly space-time cube', () => {
  const grid: CountGrid = {
    cellSize: 100,
    x0: 0,
    y0: 0,
    nx: side,
    ny: side,
    studyArea: null,
    counts: new Float64Array(0),
  };
  const { e, n, m } = incidents();
  const { cube, pointsCounted } = spaceTimeCube(e, n, m, steps, grid);
  const result = emergingHotspots(cube);
  const at = (col: number, row: number) => result.patterns[row * side + col];

  it('counts every incident into its month', () => {
    expect(pointsCounted).toBe(e.length);
  });

  it("computes each month's Gi* exactly as a spatial Gi* of that month alone", () => {
    const cells = side * side;
    const lastMonth = { ...grid, counts: cube.counts.slice((steps - 1) * cells, steps * cells) };
    const expected = giStar(lastMonth).z;
    const ours = result.zByStep.subarray((steps - 1) * cells);
    expected.forEach((z, i) => expect(ours[i]).toBeCloseTo(z, 12));
  });

  it('calls the growing town-centre cluster an intensifying hot spot', () => {
    expect(at(5, 5)).toBe('intensifying-hot-spot');
    expect(result.trendTau[5 * side + 5]).toBeGreaterThan(0);
  });

  it('calls the estate that flares only in the final month a new hot spot', () => {
    expect(at(15, 14)).toBe('new-hot-spot');
  });

  it('finds no pattern in the quiet far corner', () => {
    expect(at(19, 0)).toBe('no-pattern');
  });

  it('marks cells outside the boundary and does not classify them', () => {
    const studyArea = new Uint8Array(side * side).fill(1);
    studyArea[0] = 0;
    const masked = emergingHotspots({ ...cube, grid: { ...grid, studyArea } });
    expect(masked.patterns[0]).toBe('outside-study-area');
    expect(masked.patterns[5 * side + 5]).toBe('intensifying-hot-spot');
  });
});
