import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchChromium, newProfile } from '../../tests/e2e/chromium';
import { serveBuiltApp } from '../../tests/e2e/static-server';
import { generatedRowsFile, writePoliceUkRows } from './police-uk-rows';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

type Server = Awaited<ReturnType<typeof serveBuiltApp>>;

/** Waits until the totals show `rows` and the monthly chart has drawn coloured bars. */
async function firstChart(page: Page, rows: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const total = document.querySelector('[data-testid=total-incidents]')?.textContent;
      if (total?.replaceAll(',', '') !== String(n)) return false;
      const canvas = document.querySelector<HTMLCanvasElement>(
        '[data-testid=monthly-chart] canvas',
      );
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data) return false;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 16) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      return coloured > 200;
    },
    rows,
    { timeout: 900_000, polling: 100 },
  );
}

/** Page open → first chart, on a profile whose workspace already holds the rows. */
async function reopen(server: Server, profile: string): Promise<number> {
  const context = await launchChromium(profile);
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${server.url}?demo=0`);
    await firstChart(page, ROWS);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/** Page open → file picked → first chart, on an empty profile (what a reload cost before). */
async function loadAgain(server: Server, file: string): Promise<number> {
  const profile = newProfile();
  const context = await launchChromium(profile);
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${server.url}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', { state: 'attached' });
    await page.setInputFiles('[data-testid=file-input]', file);
    await firstChart(page, ROWS);
    return performance.now() - start;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const summary = (v: number[]) =>
  `median ${seconds(median(v))} s (range ${seconds(Math.min(...v))}–${seconds(Math.max(...v))} s)`;

/**
 * Time from page open to the first chart with ROWS incidents kept in the workspace, against
 * loading the same file again (the only way back before the workspace was kept), side by side
 * in one run. Needs `npm run build` first.
 */
async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('Run `npm run build` first: Chromium opens the built app.');
  const file = generatedRowsFile(tmpdir(), `csp-bench-${ROWS}`);
  if (!existsSync(file)) await writePoliceUkRows(file, ROWS);
  const server = await serveBuiltApp('dist');
  const profile = newProfile();
  try {
    await loadAgain(server, file).catch(() => 0); // warms the OS file cache
    const seed = await launchChromium(profile);
    const page = await seed.newPage();
    await page.goto(`${server.url}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', { state: 'attached' });
    await page.setInputFiles('[data-testid=file-input]', file);
    await firstChart(page, ROWS);
    await seed.close();

    const reopened: number[] = [];
    const loaded: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      reopened.push(await reopen(server, profile));
      loaded.push(await loadAgain(server, file));
    }
    console.log(`${ROWS.toLocaleString('en-GB')} rows, ${REPEATS} runs each, interleaved`);
    console.log(`reopen the kept workspace : ${summary(reopened)}`);
    console.log(`load the file again       : ${summary(loaded)}`);
    console.log(`ratio load again / reopen : ${(median(loaded) / median(reopened)).toFixed(1)}×`);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
