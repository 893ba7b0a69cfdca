/**
 * Runs the app's own Emerging Hot Spot Analysis (src/analytics/hotspots) on the demo ASB and
 * checks each planted cell gets the class truth.json promises, and that nothing far from the
 * planted clusters is flagged.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmergingHotspotResult } from '../../../src/analytics/hotspots/emergingHotspots';
import { emergingHotspots } from '../../../src/analytics/hotspots/emergingHotspots';
import { spaceTimeCube } from '../../../src/analytics/hotspots/spaceTimeCube';
import { toBng } from '../../../src/ingest/bng';
import { generateTemp, readCsv, type TempDataset } from './dataset-helpers';

let data: TempDataset;
let result: EmergingHotspotResult;
let nx = 0;
let x0 = 0;
let y0 = 0;

beforeAll(async () => {
  data = await generateTemp();
  const { extent, cellSize, months } = data.truth;
  const eastings: number[] = [];
  const northings: number[] = [];
  const steps: number[] = [];
  for (const [step, month] of months.entries()) {
    const rows = await readCsv(join(data.dir, 'policeuk', month, `${month}-demo-street.csv`));
    for (const row of rows.slice(1)) {
      if (row[9] !== 'Anti-social behaviour' || !row[4]) continue;
      const [e, n] = toBng(Number(row[4]), Number(row[5]));
      eastings.push(e);
      northings.push(n);
      steps.push(step);
    }
  }
  nx = (extent.maxE - extent.minE) / cellSize;
  x0 = extent.minE / cellSize;
  y0 = extent.minN / cellSize;
  const grid = {
    cellSize,
    x0,
    y0,
    nx,
    ny: (extent.maxN - extent.minN) / cellSize,
    studyArea: null,
  };
  const { cube } = spaceTimeCube(
    Float64Array.from(eastings),
    Float64Array.from(northings),
    Int32Array.from(steps),
    months.length,
    grid,
  );
  result = emergingHotspots(cube);
});
afterAll(() => data.remove());

describe('emerging hot spot analysis of the demo ASB', () => {
  it('gives every planted cell its expected class', () => {
    for (const p of data.truth.patterns) {
      const classes = p.cells.map((c) => result.patterns[(c.iy - y0) * nx + (c.ix - x0)]);
      expect(classes, p.id).toEqual(p.cells.map(() => `${p.expectedClass}-hot-spot`));
    }
  });

  it('flags nothing more than one cell away from a planted cluster', () => {
    const planted = data.truth.patterns.flatMap((p) => p.cells);
    const far = result.patterns.flatMap((pattern, i) => {
      if (pattern === 'no-pattern') return [];
      const ix = (i % nx) + x0;
      const iy = Math.floor(i / nx) + y0;
      const near = planted.some((c) => Math.abs(c.ix - ix) <= 1 && Math.abs(c.iy - iy) <= 1);
      return near ? [] : [`${ix}:${iy} ${pattern}`];
    });
    expect(far).toEqual([]);
  });
});
