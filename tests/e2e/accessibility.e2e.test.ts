import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { ARTIFACTS, openAppSession, waitForTotal } from './app-session';
import { axeViolations } from './axe';
import {
  controlsOverMaps,
  legendsOverData,
  smallChartText,
  smallPageText,
} from './projector-checks';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session | null = null;

const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8')) as {
  policeUk: { rows: number };
};
const COUNCIL_FILE = join(REPO_ROOT, 'data/demo/local/council-asb-cases.csv');

/** A fresh browser profile at the projector size: each state starts from its own workspace. */
async function freshSession(): Promise<Session> {
  await session?.close();
  session = await openAppSession();
  await session.page.setViewportSize({ width: 1280, height: 720 });
  return session;
}
afterAll(async () => {
  await session?.close();
});

/**
 * What a screen reader user and a room at a projector meet in one state of the app: axe-core's
 * serious and critical violations, text under 12 px (page and charts), chart legends over the
 * plotting area, and map legends over the map. Each is listed by state so a failure names it.
 */
async function audit(page: Page, state: string): Promise<Record<string, string[]>> {
  await page.screenshot({ path: join(ARTIFACTS, `a11y-${state}.png`) });
  const serious = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  return {
    [`${state}: axe serious or critical`]: serious.map(
      (v) => `${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(' | ')}`,
    ),
    [`${state}: text under 12 px`]: await smallPageText(page),
    [`${state}: chart text under 12 px`]: await smallChartText(page),
    [`${state}: chart legends over the data`]: await legendsOverData(page),
    [`${state}: map legends over the map`]:
      (await controlsOverMaps(page)) > 0 ? ['a .map-controls box overlaps its map'] : [],
  };
}

const nothingFound = (findings: Record<string, string[]>) =>
  Object.fromEntries(Object.keys(findings).map((key) => [key, []]));

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Lets a view's queries and charts settle: its busy markers gone, then a moment for drawing. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 600_000 });
  await page.waitForSelector('[data-testid=hotspots-busy]', {
    state: 'detached',
    timeout: 600_000,
  });
  await page.waitForTimeout(1500);
}

describe('every view and state is clean for axe-core and readable at a projector (1280×720)', () => {
  it('an empty workspace, with and without the sidebar', async () => {
    const { page, baseUrl } = await freshSession();
    await page.goto(`${baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    let findings = await audit(page, 'empty-explore');
    for (const [name, state] of [
      ['Trends', 'empty-trends'],
      ['Board', 'empty-board'],
      ['Hotspots', 'empty-hotspots'],
      ['Load report', 'empty-report'],
      ['Workspace', 'empty-workspace'],
    ] as const) {
      await openView(page, name);
      await page.waitForTimeout(1000);
      findings = { ...findings, ...(await audit(page, state)) };
    }
    await page.getByTestId('sidebar-toggle').click();
    expect(new URL(page.url()).searchParams.get('sidebar')).toBe('hidden');
    expect(await page.getByTestId('sidebar-toggle').getAttribute('aria-expanded')).toBe('false');
    findings = { ...findings, ...(await audit(page, 'empty-no-sidebar')) };
    await page.getByTestId('sidebar-toggle').click();
    expect(findings).toEqual(nothingFound(findings));
  }, 1_800_000);

  it('the demo borough in every view: map, trends, board, hotspots (a cell, repeat locations, areas), tasking', async () => {
    const { page, baseUrl } = await freshSession();
    await page.goto(baseUrl);
    await waitForTotal(page, truth.policeUk.rows, 600_000);
    await settle(page, '[data-testid=monthly-chart] canvas');
    let findings = await audit(page, 'demo-explore');

    await openView(page, 'Trends');
    await settle(page, '[data-testid=trends-view] canvas, .trends canvas');
    findings = { ...findings, ...(await audit(page, 'demo-trends')) };

    await openView(page, 'Board');
    await settle(page, '[data-testid=board-area-table]');
    findings = { ...findings, ...(await audit(page, 'demo-board')) };

    await openView(page, 'Hotspots');
    await settle(page, '[data-testid=top-cells] tbody tr');
    await page.getByTestId('top-cells').locator('tbody tr').first().click();
    await settle(page, '[data-testid=cell-detail] tbody tr');
    findings = { ...findings, ...(await audit(page, 'demo-hotspots-cell')) };
    await page.getByTestId('method-repeat').click();
    await settle(page, '[data-testid=repeat-locations] tbody tr');
    await page.getByTestId('repeat-locations').locator('tbody tr').first().click();
    await settle(page, '[data-testid=location-detail]');
    findings = { ...findings, ...(await audit(page, 'demo-hotspots-repeat')) };
    await page.getByTestId('method-areas').click();
    await settle(page, '[data-testid=area-counts] tbody tr');
    findings = { ...findings, ...(await audit(page, 'demo-hotspots-areas')) };

    await openView(page, 'Tasking');
    await settle(page, '[data-testid=candidate]');
    findings = { ...findings, ...(await audit(page, 'demo-tasking-candidates')) };
    const parts = page.getByRole('navigation', { name: 'Tasking' }).getByRole('button');
    for (const [i, label] of (await parts.allTextContents()).entries()) {
      if (i === 0) continue;
      await parts.nth(i).click();
      await page.waitForTimeout(1500);
      findings = {
        ...findings,
        ...(await audit(page, `demo-tasking-${i}-${label.split(' ')[0]}`)),
      };
    }

    await openView(page, 'Load report');
    await page.waitForTimeout(1000);
    findings = { ...findings, ...(await audit(page, 'demo-report')) };
    await openView(page, 'Workspace');
    await page.waitForTimeout(1000);
    findings = { ...findings, ...(await audit(page, 'demo-workspace')) };
    expect(findings).toEqual(nothingFound(findings));
  }, 1_800_000);

  it('the import flow: a local extract through its column mapping, code mapping and validation report', async () => {
    const { page, baseUrl } = await freshSession();
    await page.goto(`${baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles('[data-testid=file-input]', COUNCIL_FILE);
    await page.locator('[data-testid=column-mapping-form]').waitFor({ timeout: 60_000 });
    let findings = await audit(page, 'import-columns');
    await page.fill('[data-testid=mapping-name]', 'Accessibility check');
    await page.fill('[data-testid=mapping-source]', 'Council ASB');
    await page.click('[data-testid=confirm-columns]');
    await page.locator('[data-testid=code-mapping-step]').waitFor({ timeout: 60_000 });
    findings = { ...findings, ...(await audit(page, 'import-codes')) };
    await page.click('[data-testid=load-local]');
    await page.locator('[data-testid=validation-report]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    findings = { ...findings, ...(await audit(page, 'import-validation')) };
    await openView(page, 'Load report');
    await page.locator('[data-testid=local-validation-section]').waitFor();
    findings = { ...findings, ...(await audit(page, 'import-load-report')) };
    expect(findings).toEqual(nothingFound(findings));
  }, 1_800_000);
});
