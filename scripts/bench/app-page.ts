import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generatedRowsFile, writePoliceUkRows } from './police-uk-rows';

/** The five districts the 1M-row benchmarks' LSOA names are spread over (the area filter's). */
export const BENCH_DISTRICTS = ['Ashfield', 'Bolsover', 'Chesterfield', 'Erewash', 'High Peak'];

/**
 * The generated police.uk file of `rows` rows over {@link BENCH_DISTRICTS} in BENCH_DIR (default
 * /tmp/csp-bench), written the first time, and the builds to run: `dist`, then BENCH_BASELINE's.
 */
export async function districtBench(
  rows: number,
): Promise<{ file: string; builds: [string, string][] }> {
  const dir = process.env.BENCH_DIR ?? '/tmp/csp-bench';
  mkdirSync(dir, { recursive: true });
  const file = generatedRowsFile(dir, `policeuk-districts-${rows}`);
  if (!existsSync(file)) await writePoliceUkRows(file, rows, BENCH_DISTRICTS);
  const builds: [string, string][] = [['this build', 'dist']];
  if (process.env.BENCH_BASELINE) builds.push(['baseline', resolve(process.env.BENCH_BASELINE)]);
  return { file, builds };
}

/** Opens the built app without the demo and waits until it takes files. */
export async function openEmptyApp(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?demo=0`);
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=file-input]')?.hasAttribute('disabled'),
    undefined,
    { timeout: 120_000 },
  );
}

/** Waits until the totals on screen read `rows` incidents. */
export async function waitForTotal(page: Page, rows: number, timeout = 600_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', '') ===
      String(n),
    rows,
    { timeout },
  );
}
