import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveBuiltApp } from '../../tests/e2e/static-server';
import { openEmptyApp } from './app-page';
import { chromiumRssMb, samplePeak } from './chromium-memory';

export interface Measurement {
  loader: string;
  rows: number;
  ms: number;
  peakMb: number;
}

/** Loads the file through the app's own file input and waits for the load outcome. */
async function ourLoad(page: Page, file: string): Promise<{ rows: number; ms: number }> {
  const start = performance.now();
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 600_000 });
  const untilShown = performance.now() - start;
  const text = (await page.textContent('[data-testid=batch-outcome]')) ?? '';
  const inPage = await page.evaluate(
    () => performance.getEntriesByName('csp-load').pop()?.duration ?? null,
  );
  return {
    rows: Number(/([\d,]+) rows/.exec(text)?.[1]?.replaceAll(',', '') ?? 0),
    ms: inPage ?? untilShown,
  };
}

/** The plain approach: papaparse → one JS object per row, in the page. */
async function papaLoad(page: Page, file: string): Promise<{ rows: number; ms: number }> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({
    content: readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8'),
  });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'papa-input';
    document.body.append(input);
  });
  await page.setInputFiles('#papa-input', file);
  return page.evaluate(async () => {
    const input = document.getElementById('papa-input') as HTMLInputElement;
    const picked = input.files?.[0] as File;
    const start = performance.now();
    const text = await picked.text();
    const parsed = (
      window as unknown as { Papa: { parse: (t: string, o: object) => { data: unknown[] } } }
    ).Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    return { rows: parsed.data.length, ms: performance.now() - start };
  });
}

/** One measurement in a fresh browser, so the memory peak belongs to that load alone. */
export async function measureInChromium(
  loader: 'ours' | 'papaparse',
  file: string,
): Promise<Measurement> {
  const server = await serveBuiltApp('dist');
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await openEmptyApp(page, server.url);
    const stop = samplePeak(chromiumRssMb);
    const result = loader === 'ours' ? await ourLoad(page, file) : await papaLoad(page, file);
    return { loader, ...result, peakMb: stop() };
  } finally {
    await context.close();
    await server.close();
  }
}
