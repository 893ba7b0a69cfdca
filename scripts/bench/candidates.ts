/**
 * Candidates job benchmark: a whole force, 12 months, in Node (the job the browser's worker runs).
 * Run: npm run bench:candidates
 * Real police.uk Derbyshire 2025 (../shared/data, 102,621 rows) when present, else 100,000
 * synthetic incidents. Times `runCandidatesJob` alone (the DuckDB read is timed once, apart),
 * one warm-up then BENCH_REPEATS runs (default 5): median and range.
 * (a) every crime type counted (otherWeight 1), (b) the default harm-weighted categories.
 */
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

function time(job: CandidatesJob): { median: number; min: number; max: number; found: number } {
  runCandidatesJob(job);
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    found = runCandidatesJob(job).candidates.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  return { median, min: times[0] as number, max: times.at(-1) as number, found };
}

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
  for (const { label, job } of runs) {
    const t = time(job);
    console.log(
      `${label}: ${job.eastings.length.toLocaleString('en-GB')} incidents, ` +
        `${t.found} candidates; runCandidatesJob median ${t.median.toFixed(0)} ms ` +
        `(range ${t.min.toFixed(0)}–${t.max.toFixed(0)} ms, ${REPEATS} runs after a warm-up)`,
    );
  }
}

await main();
