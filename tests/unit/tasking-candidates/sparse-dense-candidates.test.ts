import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SparseCounts, SparseGridFrame } from '../../../src/analytics/hotspots/sparseGiStar';
import type * as SparseGiStarModule from '../../../src/analytics/hotspots/sparseGiStar';
import type * as SparseEmergingModule from '../../../src/analytics/hotspots/sparseEmergingPatterns';
import type { EmergingHotspotOptions } from '../../../src/analytics/hotspots/emergingHotspots';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { runCandidatesJob } from '../../../src/reports/tasking/candidates-job';
import type { CandidatesJob } from '../../../src/reports/tasking/candidates-job-types';
import { candidatesJob } from '../../../src/reports/tasking/candidates-report';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { REPO_ROOT } from '../../support/shared-data';

/** When set, the job's sparse Gi* and patterns are replaced by the dense ones it used before. */
const route = vi.hoisted(() => ({ dense: false, denseRuns: 0 }));

function denseSlice(frame: SparseGridFrame, counts: SparseCounts): Float64Array {
  const slice = new Float64Array(frame.grid.nx * frame.grid.ny);
  counts.cells.forEach((cell, k) => (slice[cell] = counts.values[k] as number));
  return slice;
}

vi.mock('../../../src/analytics/hotspots/sparseGiStar', async (importOriginal) => {
  const sparse = await importOriginal<typeof SparseGiStarModule>();
  const { giStar } = await import('../../../src/analytics/hotspots/giStar');
  return {
    ...sparse,
    sparseGiStarClasses: (frame: SparseGridFrame, counts: SparseCounts, fdr: boolean) => {
      if (!route.dense) return sparse.sparseGiStarClasses(frame, counts, fdr);
      route.denseRuns++;
      const gi = giStar({ ...frame.grid, counts: denseSlice(frame, counts) }, { fdr });
      return { z: gi.z, classes: gi.classes };
    },
  };
});
vi.mock('../../../src/analytics/hotspots/sparseEmergingPatterns', async (importOriginal) => {
  const sparse = await importOriginal<typeof SparseEmergingModule>();
  const { emergingHotspots } = await import('../../../src/analytics/hotspots/emergingHotspots');
  return {
    ...sparse,
    sparseEmergingPatterns: (
      frame: SparseGridFrame,
      steps: readonly SparseCounts[],
      options: EmergingHotspotOptions,
    ) => {
      if (!route.dense) return sparse.sparseEmergingPatterns(frame, steps, options);
      route.denseRuns++;
      const cellCount = frame.grid.nx * frame.grid.ny;
      const counts = new Float64Array(cellCount * steps.length);
      steps.forEach((s, step) => counts.set(denseSlice(frame, s), step * cellCount));
      const { patterns } = emergingHotspots(
        { grid: frame.grid, steps: steps.length, counts },
        options,
      );
      return (cell: number) => patterns[cell];
    },
  };
});

const DEMO = join(REPO_ROOT, 'data/demo');
let db: DuckConnector;
let jobs: { label: string; job: CandidatesJob }[] = [];

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'truth.json')))
    throw new Error('data/demo is missing: run `npm run demo-data` first');
  const truth = JSON.parse(readFileSync(join(DEMO, 'truth.json'), 'utf8')) as {
    cellSize: number;
  };
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([join(DEMO, 'policeuk')]));
  const everything = { ...DEFAULT_TASKING_SETTINGS, otherWeight: 1 };
  for (const meetingMonth of ['2024-06', '2025-12'])
    for (const [name, settings] of [
      ['harm-weighted', DEFAULT_TASKING_SETTINGS],
      ['every crime type', everything],
    ] as const) {
      const job = await candidatesJob(db, { meetingMonth, settings });
      jobs.push({ label: `${meetingMonth}, ${name}`, job });
      jobs.push({
        label: `${meetingMonth}, ${name}, demo cells`,
        job: { ...job, cellSize: truth.cellSize },
      });
    }
  jobs.push({ label: 'no FDR', job: { ...(jobs[0]?.job as CandidatesJob), fdr: false } });
}, 300_000);
afterAll(async () => {
  await db?.close();
  jobs = [];
});

describe('candidates on the demo data, sparse Gi* against the dense grid it replaced', () => {
  it('are the same, field for field, for every meeting month, category choice and cell size', () => {
    expect(jobs.length).toBe(9);
    for (const { label, job } of jobs) {
      route.dense = false;
      const sparse = runCandidatesJob(job);
      route.dense = true;
      const dense = runCandidatesJob(job);
      route.dense = false;
      expect(dense.candidates.length, label).toBeGreaterThan(0);
      expect({ ...sparse, elapsedMs: 0 }, label).toEqual({ ...dense, elapsedMs: 0 });
    }
    expect(route.denseRuns).toBe(2 * jobs.length);
  });
});
