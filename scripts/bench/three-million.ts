/**
 * 3,000,000 police.uk rows (one generated file, ~700 MB) loaded in one Chromium tab through the
 * app's file input: whether it completes (every row counted on screen, no page error), how long
 * it takes, the JavaScript heap of the page and of the DuckDB worker apart (DevTools protocol),
 * and each Chromium process kind's peak RSS (the renderer holds the page, its workers and DuckDB's
 * WebAssembly memory).
 * BENCH_REPEATS runs (default 3), each in a fresh browser. Needs `npm run build` first.
 * Run: npx tsx scripts/bench/three-million.ts   (BENCH_ROWS to change the size)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveBuiltApp } from '../../tests/e2e/static-server';
import { chromiumRssByKind, targetMemory } from './chromium-targets';
import { openEmptyApp, waitForTotal } from './app-page';
import { generatedRowsFile, writePoliceUkRows } from './police-uk-rows';
import { median } from './median';

const ROWS = Number(process.env.BENCH_ROWS ?? 3_000_000);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const DIR = process.env.BENCH_DIR ?? '/tmp/csp-bench';

interface Run {
  seconds: number;
  pageHeapMb: number;
  duckdbHeapMb: number;
  rss: Record<string, number>;
}

async function once(file: string): Promise<Run> {
  const server = await serveBuiltApp('dist');
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('crash', () => errors.push('the page crashed'));
    await openEmptyApp(page, server.url);
    const rss: Record<string, number> = {};
    let pageHeapMb = 0;
    const sample = setInterval(() => {
      for (const [kind, mb] of Object.entries(chromiumRssByKind()))
        rss[kind] = Math.max(rss[kind] ?? 0, mb);
    }, 250);
    const heapSample = setInterval(() => {
      void page
        .evaluate(
          () =>
            (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0,
        )
        .then((bytes) => (pageHeapMb = Math.max(pageHeapMb, bytes / 1024 / 1024)))
        .catch(() => undefined);
    }, 500);
    const started = performance.now();
    await page.setInputFiles('[data-testid=file-input]', file);
    await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 1_800_000 });
    const seconds = (performance.now() - started) / 1000;
    await waitForTotal(page, ROWS);
    clearInterval(sample);
    clearInterval(heapSample);
    const memory = await targetMemory(context, page);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const duckdb = memory.workers['duckdb-browser-eh'];
    return {
      seconds,
      pageHeapMb: Math.max(pageHeapMb, memory.page.jsHeapMb),
      duckdbHeapMb: duckdb?.jsHeapMb ?? NaN,
      rss,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

const fmt = (xs: number[], unit: string, digits = 0) =>
  `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

mkdirSync(DIR, { recursive: true });
const file = generatedRowsFile(DIR, `policeuk-${ROWS}`);
if (!existsSync(file)) await writePoliceUkRows(file, ROWS);
console.log(
  `${ROWS.toLocaleString('en-GB')} rows, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB, ${REPEATS} runs`,
);
const runs: Run[] = [];
for (let i = 0; i < REPEATS; i++) {
  const run = await once(file);
  console.log(
    `  run ${i + 1}: ${run.seconds.toFixed(1)} s, page heap ${run.pageHeapMb.toFixed(0)} MB, DuckDB worker heap ${run.duckdbHeapMb.toFixed(0)} MB, RSS ${JSON.stringify(Object.fromEntries(Object.entries(run.rss).map(([k, v]) => [k, Math.round(v)])))}`,
  );
  runs.push(run);
}
console.log(
  `load (file chosen → load outcome shown): ${fmt(
    runs.map((r) => r.seconds),
    's',
    1,
  )}`,
);
console.log(
  `page: JavaScript heap peak ${fmt(
    runs.map((r) => r.pageHeapMb),
    'MB',
  )}`,
);
console.log(
  `DuckDB worker: JavaScript heap ${fmt(
    runs.map((r) => r.duckdbHeapMb),
    'MB',
  )}; its WebAssembly memory is in the renderer's RSS`,
);
for (const kind of Object.keys(runs[0]?.rss ?? {}))
  console.log(
    `Chromium ${kind} processes, peak RSS: ${fmt(
      runs.map((r) => r.rss[kind] ?? 0),
      'MB',
    )}`,
  );
