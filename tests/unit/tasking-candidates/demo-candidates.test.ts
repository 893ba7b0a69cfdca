import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { runCandidatesJob } from '../../../src/reports/tasking/candidates-job';
import type { CandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../../../src/reports/tasking/candidates-report';
import type { Candidate } from '../../../src/tasking/candidate';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { REPO_ROOT } from '../../support/shared-data';
import { insideGeometry } from './geometry';

interface PlantedPattern {
  id: string;
  expectedClass: string;
  cells: { ix: number; iy: number }[];
  monthsActive: string[];
}

const DEMO = join(REPO_ROOT, 'data/demo');
let db: DuckConnector;
let truth: { cellSize: number; patterns: PlantedPattern[] };
let report: CandidatesReport;
let meetingMonth: string;
let ranInWorkerStandIn = 0;

const planted = (id: string) => truth.patterns.find((p) => p.id === id) as PlantedPattern;
const covers = (candidate: Candidate, pattern: PlantedPattern) =>
  pattern.cells.some((c) =>
    insideGeometry(
      candidate.geometry,
      (c.ix + 0.5) * truth.cellSize,
      (c.iy + 0.5) * truth.cellSize,
    ),
  );

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'truth.json')))
    throw new Error('data/demo is missing: run `npm run demo-data` first');
  truth = JSON.parse(readFileSync(join(DEMO, 'truth.json'), 'utf8')) as typeof truth;
  // The meeting the emerging hotspot should reach: the last month it was planted in.
  meetingMonth = planted('emerging').monthsActive.at(-1) as string;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([join(DEMO, 'policeuk')]));
  report = await taskingCandidatesReport(db, {
    meetingMonth,
    settings: DEFAULT_TASKING_SETTINGS,
    cellSize: truth.cellSize,
    run: (job) => {
      ranInWorkerStandIn++;
      return Promise.resolve(runCandidatesJob(job));
    },
  });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('candidates for the demo borough’s meeting month', () => {
  const top = () => report.candidates.slice(0, DEFAULT_TASKING_SETTINGS.candidateCount);

  it('counts the last 3 months with data against the 12 before, none missing, via `run`', () => {
    expect(ranInWorkerStandIn).toBe(1);
    expect(report.dataMonth).toBe(meetingMonth);
    expect(report.recentMonths).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(report.baselineMonths).toHaveLength(12);
    expect(report.missingMonths).toEqual([]);
    expect(report.candidates).toHaveLength(2 * DEFAULT_TASKING_SETTINGS.candidateCount);
    expect(report.candidates.map((c) => c.rank)).toEqual(report.candidates.map((_, i) => i + 1));
    for (const c of report.candidates) {
      expect(c.targetId).toBeNull();
      expect(c.monthly).toHaveLength(15);
      expect(c.recent.count).toBe(c.monthly.slice(12).reduce((n, m) => n + (m.count ?? 0), 0));
      expect(c.recent.count).toBeGreaterThanOrEqual(DEFAULT_TASKING_SETTINGS.minCount);
    }
  });

  it('puts the planted emerging hotspot in the top 10, said to be emerging', () => {
    const found = top().filter((c) => covers(c, planted('emerging')));
    expect(found.map((c) => c.kind)).toContain('hotspot-cluster');
    const cluster = found.find((c) => c.kind === 'hotspot-cluster') as Candidate;
    expect(cluster.spaceTime).toBe(`${planted('emerging').expectedClass}-hot-spot`);
    expect(cluster.sentence).toMatch(/^Emerging hotspot around /);
    expect(cluster.change?.lower).toBeGreaterThan(1);
  });

  it('puts the planted persistent hotspot in the top 10, said to be persistent', () => {
    const cluster = top().find(
      (c) => c.kind === 'hotspot-cluster' && covers(c, planted('persistent')),
    ) as Candidate;
    expect(cluster.spaceTime).toBe('persistent-hot-spot');
    expect(cluster.sentence).toMatch(/^Persistent hotspot around /);
    expect(cluster.giConfidence).toBe(0.99);
  });

  it('leaves the planted diminishing hotspot out of the top 10, though it is still hot', () => {
    expect(top().filter((c) => covers(c, planted('diminishing')))).toEqual([]);
    const lower = report.candidates.find((c) => covers(c, planted('diminishing')));
    if (lower) expect(lower.spaceTime).toBe('diminishing-hot-spot');
  });

  it('names clusters by their streets, never with police.uk’s "On or near"', () => {
    for (const c of report.candidates) {
      expect(c.name).not.toMatch(/on or near/i);
      expect(c.name.trim()).not.toBe('');
    }
  });

  it('a meeting month past the data is prepared on the latest month with data', async () => {
    const later = await taskingCandidatesReport(db, {
      meetingMonth: '2026-02',
      settings: { ...DEFAULT_TASKING_SETTINGS, candidateCount: 3 },
      cellSize: truth.cellSize,
    });
    expect(later.dataMonth).toBe('2025-12');
    expect(later.candidates.map((c) => c.sentence)).toEqual(
      report.candidates.slice(0, 6).map((c) => c.sentence),
    );
  });
});
