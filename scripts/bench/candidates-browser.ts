/**
 * The candidates job of scripts/bench/candidates.ts in headless Chromium: the same job (real
 * Derbyshire 2025, every crime type and the harm-weighted categories, built in Node with DuckDB)
 * run in the app's candidates worker (round trip: arrays transferred in, candidates out), and on
 * the page's main thread, served by Vite's dev server. Medians and ranges of BENCH_REPEATS runs
 * (default 3) after a warm-up. BENCH_BASELINE=DIR (a checkout of an earlier commit): its
 * `runCandidatesJob` runs on the main thread too, interleaved with ours, with the ratio.
 * Run: npx tsx scripts/bench/candidates-browser.ts   (needs ../shared/data and /usr/bin/chromium)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { initialiseDatabase } from '../../src/db/init';
import { openNodeDuck } from '../../src/db/node';
import { loadFiles } from '../../src/ingest/load-files';
import type { CandidatesJob } from '../../src/reports/tasking/candidates-job-types';
import { candidatesJob } from '../../src/reports/tasking/candidates-report';
import { DEFAULT_TASKING_SETTINGS } from '../../src/tasking/tasking-state';
import { launchChromium } from '../../tests/e2e/chromium';
import { sharedDataPath } from '../../tests/support/shared-data';
import { nodeInputs } from '../cli/node-inputs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPEATS = Math.max(3, Number(process.env.BENCH_REPEATS ?? 3));
const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : null;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

/** The job with its typed arrays as plain arrays, to cross into the page. */
type PlainJob = Record<string, unknown>;
const WORKER_WARM_UPS = 3;
const ARRAYS = ['eastings', 'northings', 'monthIndex', 'categoryIndex', 'locationIndex'] as const;

function plain(job: CandidatesJob): PlainJob {
  const out: PlainJob = { ...job };
  for (const key of ARRAYS) out[key] = Array.from(job[key]);
  return out;
}

interface PageTimes {
  /** The first runs in a new worker (the warm-up), in order. */
  workerFirst: number[];
  worker: number[];
  /** The job's own time inside the worker (the rest of the round trip is the messages). */
  inWorker: number[];
  main: number[];
  baseline: number[];
  candidates: number;
  same: boolean | null;
}

/** Runs in the page: the worker round trip, then main-thread runs interleaved with the baseline. */
async function benchInPage(input: {
  job: PlainJob;
  repeats: number;
  warmUps: number;
  baseline: string | null;
}): Promise<PageTimes> {
  const load = (p: string) => import(/* @vite-ignore */ p);
  const { runCandidatesJobInWorker } = await load(
    '/src/reports/tasking/candidates-worker-client.ts',
  );
  const { runCandidatesJob } = await load('/src/reports/tasking/candidates-job.ts');
  const before = input.baseline
    ? (await load(`/@fs${input.baseline}/src/reports/tasking/candidates-job.ts`)).runCandidatesJob
    : null;
  const job = () => ({
    ...input.job,
    eastings: Float64Array.from(input.job.eastings as number[]),
    northings: Float64Array.from(input.job.northings as number[]),
    monthIndex: Int32Array.from(input.job.monthIndex as number[]),
    categoryIndex: Int32Array.from(input.job.categoryIndex as number[]),
    locationIndex: Int32Array.from(input.job.locationIndex as number[]),
  });
  const out: PageTimes = {
    workerFirst: [],
    worker: [],
    inWorker: [],
    main: [],
    baseline: [],
    candidates: 0,
    same: null,
  };
  // The worker's first runs come before V8 has optimised the job: timed apart, as a warm-up.
  for (let i = 0; i < input.warmUps; i++) {
    const start = performance.now();
    await runCandidatesJobInWorker(job());
    out.workerFirst.push(performance.now() - start);
  }
  for (let i = 0; i < input.repeats; i++) {
    const given = job();
    const start = performance.now();
    const result = await runCandidatesJobInWorker(given);
    out.worker.push(performance.now() - start);
    out.inWorker.push(result.elapsedMs);
    out.candidates = result.candidates.length;
  }
  const strip = (r: { elapsedMs: number }) => JSON.stringify({ ...r, elapsedMs: 0 });
  const mine = runCandidatesJob(job());
  if (before) out.same = strip(before(job())) === strip(mine);
  for (let i = 0; i < input.repeats; i++) {
    const order = i % 2 === 0 ? ['baseline', 'main'] : ['main', 'baseline'];
    for (const who of order) {
      if (who === 'baseline' && !before) continue;
      const given = job();
      const start = performance.now();
      (who === 'main' ? runCandidatesJob : before)(given);
      (who === 'main' ? out.main : out.baseline).push(performance.now() - start);
    }
  }
  return out;
}

const stat = (times: number[]) => {
  const t = [...times].sort((a, b) => a - b);
  const median = t[Math.floor(t.length / 2)] as number;
  return {
    median,
    text: `${(median / 1000).toFixed(2)} s (${((t[0] as number) / 1000).toFixed(2)}–${((t.at(-1) as number) / 1000).toFixed(2)} s)`,
  };
};

async function main(): Promise<void> {
  const folder = sharedDataPath('policeuk', 'derbyshire');
  if (!existsSync(folder)) throw new Error(`${folder} is needed for this benchmark`);
  const db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs(MONTHS.map((m) => path.join(folder, m))));
  const jobs: [string, CandidatesJob][] = [];
  for (const [label, settings] of [
    ['every crime type', { ...DEFAULT_TASKING_SETTINGS, otherWeight: 1 }],
    ['harm-weighted categories', DEFAULT_TASKING_SETTINGS],
  ] as const)
    jobs.push([label, await candidatesJob(db, { meetingMonth: '2025-12', settings })]);
  await db.close();

  const server = await createServer({
    root: repoRoot,
    configFile: false,
    logLevel: 'error',
    server: {
      port: 0,
      host: '127.0.0.1',
      fs: { allow: [repoRoot, ...(BASELINE ? [BASELINE] : [])] },
    },
    optimizeDeps: { entries: ['src/reports/tasking/candidates-worker-client.ts'] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    // A loaded shared machine can take minutes to serve the first module.
    page.setDefaultTimeout(600_000);
    await page.goto(`http://127.0.0.1:${address.port}/@vite/client`, { timeout: 600_000 });
    // tsx compiles with keepNames, which wraps functions in __name(); give the page one.
    await page.evaluate('globalThis.__name = (f) => f');
    console.log(`Chromium ${await page.evaluate(() => navigator.userAgent)}`);
    if (BASELINE) console.log(`baseline: ${BASELINE}`);
    for (const [label, job] of jobs) {
      const t = await page.evaluate(benchInPage, {
        job: plain(job),
        repeats: REPEATS,
        warmUps: WORKER_WARM_UPS,
        baseline: BASELINE,
      });
      const main = stat(t.main);
      let line =
        `Derbyshire 2025, ${label}: ${job.eastings.length.toLocaleString('en-GB')} incidents, ` +
        `${t.candidates} candidates; median (range) of ${REPEATS} runs after the warm-up:\n` +
        `  in the candidates worker (round trip) ${stat(t.worker).text}, of which the job ` +
        `${stat(t.inWorker).text}; its first ${WORKER_WARM_UPS} runs in the worker ` +
        `${t.workerFirst.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s; main thread ${main.text}`;
      if (BASELINE) {
        const before = stat(t.baseline);
        line +=
          `; baseline on the main thread ${before.text}, baseline/now ` +
          `${(before.median / main.median).toFixed(1)}×; results ${t.same ? 'identical' : 'DIFFERENT'}`;
      }
      console.log(line);
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
