/**
 * Filter changes with 1,000,000 police.uk rows loaded in Chromium: 50 changes of months,
 * categories and area through the filter panel, each timed by the app's own user-timing measure
 * `csp-filter` (the input event to the map's layers and the chart drawn, after the next paint).
 * BENCH_BASELINE names another build (e.g. a worktree's `dist` at an earlier commit) to run side
 * by side, alternating, in the same session. Needs `npm run build` first.
 * Run: npx tsx scripts/bench/filter-changes.ts   (BENCH_ROWS, BENCH_REPEATS, BENCH_BASELINE)
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveBuiltApp } from '../../tests/e2e/static-server';
import { BENCH_DISTRICTS, districtBench, openEmptyApp, waitForTotal } from './app-page';
import { median } from './median';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const CHANGES = 50;

interface Run {
  loadSeconds: number;
  changesMs: number[];
  kinds: string[];
}

/** The n-th of 50 changes: months, categories and area in turn, so that few repeat a state. */
async function change(page: Page, n: number, months: string[]): Promise<string> {
  const round = Math.floor(n / 5);
  const categories = page.locator('[data-testid^=category-] input');
  switch (n % 5) {
    case 0:
      await page.selectOption('[data-testid=from-month]', months[round % 5] ?? '');
      return 'months';
    case 1:
      await categories.nth(round % (await categories.count())).click();
      return 'category';
    case 2:
      await page.selectOption(
        '[data-testid=area]',
        BENCH_DISTRICTS[round % (BENCH_DISTRICTS.length + 1)] ?? '',
      );
      return 'area';
    case 3:
      await page.selectOption(
        '[data-testid=to-month]',
        months[months.length - 1 - (round % 4)] ?? '',
      );
      return 'months';
    default:
      await categories.nth((round + 2) % (await categories.count())).click();
      return 'category';
  }
}

const measures = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('csp-filter').map((e) => e.duration));

async function once(dist: string, file: string): Promise<Run> {
  const server = await serveBuiltApp(dist);
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await openEmptyApp(page, server.url);
    const started = performance.now();
    await page.setInputFiles('[data-testid=file-input]', file);
    await waitForTotal(page, ROWS);
    const loadSeconds = (performance.now() - started) / 1000;
    const months = await page
      .locator('[data-testid=from-month] option')
      .evaluateAll((options) =>
        options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
      );
    if (months.length < 5)
      throw new Error(
        `${months.length} month(s) loaded: the changes need 5 or more (100,000 rows per month; BENCH_ROWS ≥ 500,000)`,
      );
    await page.waitForTimeout(2000);
    const kinds: string[] = [];
    for (let n = 0; n < CHANGES; n++) {
      const before = (await measures(page)).length;
      kinds.push(await change(page, n, months));
      await page.waitForFunction(
        (count) => performance.getEntriesByName('csp-filter').length > count,
        before,
        { timeout: 120_000 },
      );
    }
    return { loadSeconds, changesMs: await measures(page), kinds };
  } finally {
    await context.close();
    await server.close();
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) =>
  sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
const range = (xs: number[], digits = 0) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

const byKind = (run: Run) =>
  [...new Set(run.kinds)]
    .map((kind) => {
      const ms = run.changesMs.filter((_, n) => run.kinds[n] === kind);
      return `${kind} ${median(ms).toFixed(0)} ms (max ${Math.max(...ms).toFixed(0)})`;
    })
    .join(', ');

const { file, builds } = await districtBench(ROWS);
console.log(
  `${ROWS.toLocaleString('en-GB')} rows, ${CHANGES} filter changes per run, ${REPEATS} runs per build`,
);
const runs = new Map<string, Run[]>(builds.map(([name]) => [name, []]));
for (let i = 0; i < REPEATS; i++)
  for (const [name, dist] of i % 2 ? [...builds].reverse() : builds) {
    const run = await once(dist, file);
    runs.get(name)?.push(run);
    console.log(
      `  ${name} run ${i + 1}: load ${run.loadSeconds.toFixed(1)} s; filter change median ${median(run.changesMs).toFixed(0)} ms, p95 ${percentile(run.changesMs, 95).toFixed(0)} ms, max ${Math.max(...run.changesMs).toFixed(0)} ms (${run.changesMs.length} measured); median by kind: ${byKind(run)}`,
    );
  }
const p95s = (name: string) => (runs.get(name) ?? []).map((r) => percentile(r.changesMs, 95));
const medians = (name: string) => (runs.get(name) ?? []).map((r) => median(r.changesMs));
for (const [name] of builds)
  console.log(
    `${name}: filter change p95 ${range(p95s(name))} ms, median ${range(medians(name))} ms over ${REPEATS} runs`,
  );
if (runs.has('baseline'))
  console.log(
    `p95 ratio baseline ÷ this build: ${(median(p95s('baseline')) / median(p95s('this build'))).toFixed(2)}×; median ratio ${(median(medians('baseline')) / median(medians('this build'))).toFixed(2)}×`,
  );
