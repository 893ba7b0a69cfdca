import { describe, expect, it } from 'vitest';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { toBng } from '../../../src/ingest/bng';
import { runHotspotJob } from '../../../src/reports/hotspots/hotspot-job';
import type { HotspotJob } from '../../../src/reports/hotspots/hotspot-job-result';
import { DEFAULT_PARAMS } from '../../../src/reports/hotspots/hotspot-params';

/** A 2 km square of scattered incidents with a tight cluster at its centre. */
function clusteredPoints(): { eastings: Float64Array; northings: Float64Array } {
  const e: number[] = [];
  const n: number[] = [];
  let state = 11;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 400; i++) {
    e.push(450_000 + random() * 2000);
    n.push(380_000 + random() * 2000);
  }
  for (let i = 0; i < 120; i++) {
    e.push(451_010 + random() * 80);
    n.push(381_010 + random() * 80);
  }
  return { eastings: Float64Array.from(e), northings: Float64Array.from(n) };
}

function job(method: HotspotJob['params']['method']): HotspotJob {
  const { eastings, northings } = clusteredPoints();
  return {
    params: { ...DEFAULT_PARAMS, method, cellSize: 100 },
    eastings,
    northings,
    monthIndex: new Int32Array(eastings.length).fill(24_300),
    coveredMonths: ['2025-01'],
  };
}

describe('the hotspot worker job', () => {
  it('draws every non-empty cell with lon/lat corners that project back onto the cell', () => {
    const result = runHotspotJob(job('grid'));
    const { grid } = countGrid(job('grid').eastings, job('grid').northings, { cellSize: 100 });
    expect(result.ix.length).toBe(grid.counts.filter((c) => c > 0).length);
    expect(result.count.reduce((a, b) => a + b, 0)).toBe(520);
    for (let k = 0; k < result.ix.length; k++) {
      const [e, n] = toBng(result.corners[k * 8] as number, result.corners[k * 8 + 1] as number);
      expect(Math.abs(e - (result.ix[k] as number) * 100)).toBeLessThan(0.01);
      expect(Math.abs(n - (result.iy[k] as number) * 100)).toBeLessThan(0.01);
      const [e2, n2] = toBng(
        result.corners[k * 8 + 4] as number,
        result.corners[k * 8 + 5] as number,
      );
      expect(Math.abs(e2 - ((result.ix[k] as number) + 1) * 100)).toBeLessThan(0.01);
      expect(Math.abs(n2 - ((result.iy[k] as number) + 1) * 100)).toBeLessThan(0.01);
    }
  });

  it('draws only the significant Gi* cells, with the z and class of the pure giStar', () => {
    const input = job('gistar');
    const result = runHotspotJob(input);
    const { grid } = countGrid(input.eastings, input.northings, { cellSize: 100 });
    const pure = giStar(grid);
    expect(result.gi?.fdr).toBe(true);
    expect(result.ix.length).toBe(pure.classes.filter((c) => c !== 0).length);
    expect(result.ix.length).toBeGreaterThan(0);
    for (let k = 0; k < result.ix.length; k++) {
      const index =
        ((result.iy[k] as number) - grid.y0) * grid.nx + ((result.ix[k] as number) - grid.x0);
      expect(result.value[k]).toBe(pure.z[index]);
      expect(result.code[k]).toBe(pure.classes[index]);
    }
    expect(result.ix).toContain(4510);
  });

  it('reports the KDE bandwidth rule with the surface', () => {
    const result = runHotspotJob(job('kde'));
    expect(result.kde?.rule).toMatch(/rule of thumb/);
    expect(result.kde?.bandwidth).toBeGreaterThan(0);
  });
});
