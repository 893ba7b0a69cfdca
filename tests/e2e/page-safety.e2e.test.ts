import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import {
  ARTIFACTS,
  colouredChartPixels,
  openAppSession,
  pickableMapObjects,
  waitForTotal,
} from './app-session';
import type { PolicyWatch } from './policy-watch';
import { attemptBlockedActions, parsePolicy, watchPolicyViolations } from './policy-watch';
import { hoverChartsAndMap } from './markup-watch';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;
let watch: PolicyWatch;

const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8')) as {
  policeUk: { rows: number };
};

beforeAll(async () => {
  session = await openAppSession();
  watch = await watchPolicyViolations(session.page);
});
afterAll(async () => {
  await session?.close();
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header and carried by the built page as a meta tag, allowing only the origin', async () => {
    const { page } = session;
    const response = await page.goto(`${session.baseUrl}?demo=0`);
    const header = parsePolicy(response?.headers()['content-security-policy'] ?? '');
    const metaText = await page.getAttribute(
      'meta[http-equiv="Content-Security-Policy"]',
      'content',
    );
    const meta = parsePolicy(metaText ?? '');

    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(header.get('style-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('blocks eval, new Function, an off-origin fetch, an inline script and an inline event handler', async () => {
    const { page } = session;
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    const attempts = await attemptBlockedActions(page);
    for (const [attempt, outcome] of Object.entries(attempts))
      expect(outcome, attempt).toMatch(/^blocked/);
    const reported = (await watch.violations()).join('\n');
    expect(reported).toContain('script-src blocked eval');
    expect(reported).toContain('connect-src blocked https://example.org/steal');
    expect(reported).toContain('script-src-elem blocked inline');
    expect(reported).toContain('script-src-attr blocked inline');
    expect(session.offMachineRequests).toEqual([]);
    await watch.clear();
  });

  it('lets the app work: the demo loads, the map and charts draw, Trends, Board and Hotspots compute', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 120_000 });
    await waitForTotal(page, truth.policeUk.rows, 240_000);
    await page.waitForTimeout(1500);
    expect(await pickableMapObjects(page)).toBeGreaterThan(500);
    expect(await colouredChartPixels(page, 'monthly-chart')).toBeGreaterThan(5000);
    await hoverChartsAndMap(page);
    await page.getByTestId('monthly-chart').scrollIntoViewIfNeeded();
    const chart = await page.getByTestId('monthly-chart').boundingBox();
    await page.mouse.move(
      (chart?.x ?? 0) + (chart?.width ?? 0) / 2,
      (chart?.y ?? 0) + (chart?.height ?? 0) / 2,
    );
    const tooltip = page.getByTestId('monthly-chart').locator('div', { hasText: /\d{4}/ });
    await tooltip.first().waitFor({ timeout: 10_000 });

    await page.getByRole('tab', { name: 'Trends', exact: true }).click();
    await page.getByTestId('small-multiples').waitFor({ timeout: 120_000 });
    await hoverChartsAndMap(page);
    await page.getByRole('tab', { name: 'Board', exact: true }).click();
    await page.getByTestId('board-headlines').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(800);
    expect(await colouredChartPixels(page, 'board-volume-chart')).toBeGreaterThan(1000);
    await hoverChartsAndMap(page);

    await page.getByRole('tab', { name: 'Hotspots', exact: true }).click();
    await page.getByTestId('method-gistar').click();
    await page
      .getByTestId('result-params')
      .getByText(/queen neighbours/)
      .first()
      .waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=hotspots-busy]'), null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(800);
    expect(await pickableMapObjects(page)).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, 'page-safety-hotspots.png') });
    expect(await watch.violations()).toEqual([]);
  });

  it('lets a local extract load: the demo council file through the mapping form', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Map and trend', exact: true }).click();
    await page.setInputFiles(
      '[data-testid=file-input]',
      join(REPO_ROOT, 'data/demo/local/council-asb-cases.csv'),
    );
    await page.locator('[data-testid=column-mapping-form]').waitFor({ timeout: 60_000 });
    await page.fill('[data-testid=mapping-name]', 'ECINS cases');
    await page.fill('[data-testid=mapping-source]', 'Council ASB (ECINS)');
    await page.click('[data-testid=confirm-columns]');
    await page.locator('[data-testid=code-mapping-step]').waitFor({ timeout: 60_000 });
    await page.click('[data-testid=load-local]');
    const report = page.locator('[data-testid=validation-report]').first();
    await report.waitFor({ timeout: 120_000 });
    const loaded = await report.locator('[data-testid=rows-loaded]').textContent();
    expect(Number(loaded?.replaceAll(',', ''))).toBeGreaterThan(1000);
    await page.locator('[data-testid="source-Council ASB (ECINS)"]').waitFor({ timeout: 60_000 });
    expect(await watch.violations()).toEqual([]);
  });

  it('reported no violation, sent nothing off the machine and raised no page errors', async () => {
    expect(await watch.violations()).toEqual([]);
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
