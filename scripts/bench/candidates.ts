/**
 * Candidates job benchmark: a whole force, 12 months, in Node (the job the browser's worker runs).
 * Run: npm run bench:candidates
 * Real police.uk Derbyshire 2025 (../shared/data, 102,621 rows) when present, else 100,000
 * synthetic incidents. Times `runCandidatesJob` alone (the DuckDB read is timed once, apart),
 * one warm-up then BENCH_REPEATS runs (default 5): median and range.
 * (a) every crime type counted (otherWeight 1), (b) the default harm-weighted categories.
 * BENCH_BASELINE=DIR (a checkout of an earlier commit, e.g. `git worktree add /tmp/base <ref>`):
 * its `runCandidatesJob` is timed on the same jobs in the same run, runs interleaved, with the
 * ratio, and the two results are compared (they must be identical but for the elapsed time).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { initialiseDatabase } from '../../src/db/init';
import { openNodeDuck } from '../../src/db/node';
import { loadFiles } from '../../src/ingest/load-files';
import { runCandidatesJob } from '../../src/reports/tasking/candidates-job';
import type { CandidatesJob } from '../../src/reports/tasking/candidates-job-types';
import { candidatesJob } from '../../src/reports/tasking/candidates-report';
import { DEFAULT_TASKING_SETTINGS } from '../../src/tasking/tasking-state';
import type { TaskingSettings } from '../../src/tasking/tasking-state';
import { nodeInputs } from '../cli/node-inputs';
import { sharedDataPath } from '../../tests/support/shared-data';

const REPEATS = Math.max(3, Number(process.env.BENCH_REPEATS ?? 5));
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

type RunJob = typeof runCandidatesJob;
interface Timing {
  median: number;
  min: number;
  max: number;
}

const BASELINE = process.env.BENCH_BASELINE ?? null;

/** Times each runner on the job, one warm-up each, then REPEATS rounds alternating who goes first. */
function time(job: CandidatesJob, runners: RunJob[]): Timing[] {
  for (const run of runners) run(job);
  const times = runners.map(() => [] as number[]);
  for (let i = 0; i < REPEATS; i++) {
    const order = i % 2 === 0 ? runners.map((_, k) => k) : runners.map((_, k) => k).reverse();
    for (const k of order) {
      const start = performance.now();
      (runners[k] as RunJob)(job);
      times[k]?.push(performance.now() - start);
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return {
      median: t[Math.floor(t.length / 2)] as number,
      min: t[0] as number,
      max: t.at(-1) as number,
    };
  });
}

const seconds = (t: Timing) =>
  `${(t.median / 1000).toFixed(2)} s (${(t.min / 1000).toFixed(2)}–${(t.max / 1000).toFixed(2)} s)`;

/** 100,000 incidents around 40 town centres in a 60 km square, 12 months, 3,000 named points. */
function syntheticJob(settings: TaskingSettings): CandidatesJob {
  let seed = 20251231;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const n = 100_000;
  const points = Array.from({ length: 3000 }, () => [
    420000 + random() * 60000,
    330000 + random() * 60000,
  ]);
  const job: CandidatesJob = {
    eastings: new Float64Array(n),
    northings: new Float64Array(n),
    monthIndex: new Int32Array(n),
    categoryIndex: new Int32Array(n),
    categoryIds: ['asb', 'criminal-damage-arson', 'public-order', 'other-crime'],
    categoryParents: [null, null, null, null],
    locationIndex: new Int32Array(n),
    locationNames: points.map((_, i) => `On or near Street ${i % 1200}`),
    coveredMonths: MONTHS,
    meetingMonth: '2025-12',
    settings,
    cellSize: null,
  };
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() ** 2 * points.length);
    const [e, north] = points[at] as [number, number];
    job.eastings[i] = e;
    job.northings[i] = north;
    job.locationIndex[i] = at;
    job.monthIndex[i] = 2025 * 12 + Math.floor(random() * 12);
    job.categoryIndex[i] = Math.floor(random() * 4);
  }
  return job;
}

async function main(): Promise<void> {
  const folder = sharedDataPath('policeuk', 'derbyshire');
  const everything = { ...DEFAULT_TASKING_SETTINGS, otherWeight: 1 };
  const runs: { label: string; job: CandidatesJob }[] = [];
  if (existsSync(folder)) {
    const db = await initialiseDatabase(await openNodeDuck());
    await loadFiles(db, nodeInputs(MONTHS.map((m) => join(folder, m))));
    const start = performance.now();
    const all = await candidatesJob(db, { meetingMonth: '2025-12', settings: everything });
    console.log(`DuckDB read of the job's columns: ${(performance.now() - start).toFixed(0)} ms`);
    runs.push({ label: 'Derbyshire 2025, every crime type', job: all });
    const weighted = await candidatesJob(db, {
      meetingMonth: '2025-12',
      settings: DEFAULT_TASKING_SETTINGS,
    });
    runs.push({ label: 'Derbyshire 2025, harm-weighted categories', job: weighted });
    await db.close();
  } else {
    console.log(`${folder} is missing: synthetic incidents instead`);
    runs.push({ label: 'synthetic, 100,000 incidents', job: syntheticJob(everything) });
  }
  const runners: RunJob[] = [runCandidatesJob];
  if (BASELINE) {
    const module = (await import(join(BASELINE, 'src/reports/tasking/candidates-job.ts'))) as {
      runCandidatesJob: RunJob;
    };
    runners.unshift(module.runCandidatesJob);
    const commit = execFileSync('git', ['-C', BASELINE, 'log', '-1', '--format=%h %cs'], {
      encoding: 'utf8',
    }).trim();
    console.log(`baseline: ${BASELINE} at ${commit}`);
  }
  for (const { label, job } of runs) {
    const results = runners.map((run) => ({ ...run(job), elapsedMs: 0 }));
    const found = results.at(-1)?.candidates.length ?? 0;
    const timings = time(job, runners);
    const now = timings.at(-1) as Timing;
    let line = `${label}: ${job.eastings.length.toLocaleString('en-GB')} incidents, ${found} candidates; runCandidatesJob median (range), ${REPEATS} runs after a warm-up: `;
    if (BASELINE) {
      const before = timings[0] as Timing;
      const same = JSON.stringify(results[0]) === JSON.stringify(results[1]);
      line +=
        `baseline ${seconds(before)}, now ${seconds(now)}, ` +
        `baseline/now ${(before.median / now.median).toFixed(1)}×; ` +
        `results ${same ? 'identical' : 'DIFFERENT'}`;
      if (!same) process.exitCode = 1;
    } else line += seconds(now);
    console.log(line);
  }
}

await main();
