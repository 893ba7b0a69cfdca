/**
 * With 1,000,000 police.uk rows loaded in Chromium, the time from opening the Trends, Board and
 * Hotspots tabs (in that order, each for the first time after the load) to their first result on
 * screen: the trend comparison table, the board's headlines, the hotspot legend with nothing
 * recomputing. BENCH_REPEATS runs (default 3), each a fresh browser; BENCH_BASELINE names another
 * build to run side by side, alternating. Needs `npm run build` first.
 * Run: npx tsx scripts/bench/views-first-result.ts   (BENCH_ROWS, BENCH_REPEATS, BENCH_BASELINE)
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveBuiltApp } from '../../tests/e2e/static-server';
import { districtBench, openEmptyApp, waitForTotal } from './app-page';
import { median } from './median';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));

/** Each view's tab and what shows that its first result is on screen. */
const VIEWS: { tab: string; shown: (page: Page) => Promise<unknown> }[] = [
  {
    tab: 'Trends',
    shown: (page) => page.locator('[data-testid=trend-comparison-table]').waitFor(),
  },
  { tab: 'Board', shown: (page) => page.locator('[data-testid=board-headline]').first().waitFor() },
  {
    tab: 'Hotspots',
    shown: (page) =>
      page.waitForFunction(
        () =>
          document.querySelector('[data-testid=hotspot-legend]') !== null &&
          document.querySelector('[data-testid=hotspots-busy]') === null,
      ),
  },
];

async function once(dist: string, file: string): Promise<Record<string, number>> {
  const server = await serveBuiltApp(dist);
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await openEmptyApp(page, server.url);
    await page.setInputFiles('[data-testid=file-input]', file);
    await waitForTotal(page, ROWS);
    await page.waitForTimeout(2000);
    const seconds: Record<string, number> = {};
    for (const view of VIEWS) {
      const started = performance.now();
      await page.getByRole('tab', { name: view.tab, exact: true }).click();
      await view.shown(page);
      seconds[view.tab] = (performance.now() - started) / 1000;
    }
    return seconds;
  } finally {
    await context.close();
    await server.close();
  }
}

const { file, builds } = await districtBench(ROWS);
console.log(
  `${ROWS.toLocaleString('en-GB')} rows, ${REPEATS} runs per build; tab opened → first result`,
);
const runs = new Map<string, Record<string, number>[]>(builds.map(([name]) => [name, []]));
for (let i = 0; i < REPEATS; i++)
  for (const [name, dist] of i % 2 ? [...builds].reverse() : builds) {
    const run = await once(dist, file);
    runs.get(name)?.push(run);
    console.log(
      `  ${name} run ${i + 1}: ${Object.entries(run)
        .map(([tab, s]) => `${tab} ${s.toFixed(2)} s`)
        .join(', ')}`,
    );
  }
for (const [name] of builds)
  for (const { tab } of VIEWS) {
    const xs = (runs.get(name) ?? []).map((r) => r[tab] ?? NaN);
    console.log(
      `${name}, ${tab}: ${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`,
    );
  }
