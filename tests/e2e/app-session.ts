import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../support/shared-data';
import { launchChromium } from './chromium';
import { serveBuiltApp } from './static-server';

export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

/**
 * The built app in headless Chromium, recording every request so a test can assert that
 * nothing left 127.0.0.1. Requests elsewhere are blocked and recorded, never sent. With
 * `profile`, the browser reopens that profile (and the app's saved workspace in it) on `server`.
 */
export async function openAppSession(
  options: { profile?: string; server?: { url: string } } = {},
): Promise<{
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  offMachineRequests: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const own = options.server ? null : await serveBuiltApp();
  const server = options.server ?? (own as { url: string });
  const context = await launchChromium(options.profile);
  const offMachineRequests: string[] = [];
  const pageErrors: string[] = [];
  const local = (url: string) =>
    url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    offMachineRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!local(request.url()) && !offMachineRequests.includes(request.url())) {
      offMachineRequests.push(request.url());
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    page,
    context,
    baseUrl: server.url,
    offMachineRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await own?.close();
    },
  };
}

/** Counts pixels of a chart's canvas that are neither background nor grey axis/grid. */
export async function colouredChartPixels(page: Page, testId: string): Promise<number> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="${id}"] canvas`);
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      const spread = Math.max(r, g, b) - Math.min(r, g, b);
      if (a > 200 && spread > 60) coloured++;
    }
    return coloured;
  }, testId);
}

/** How many deck.gl objects can be picked anywhere on the map (points drawn and pickable). */
export async function pickableMapObjects(page: Page): Promise<number> {
  return page.evaluate(() => {
    const handles = window.__cspMap;
    const canvas = handles?.map.getCanvas();
    if (!handles || !canvas) return 0;
    const picked = handles.overlay.pickObjects({
      x: 0,
      y: 0,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    });
    return picked.length;
  });
}

/** Waits until the totals bar shows `expected` incidents. */
export async function waitForTotal(page: Page, expected: number, timeout = 180_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', '') ===
      String(n),
    expected,
    { timeout },
  );
}
