import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openAppSession } from './app-session';
import {
  FORMULA_DISTRICT,
  LOCAL_CODES,
  LOCAL_COLUMNS,
  PAYLOADS,
  hostileBoundaries,
  hostileLocalExtract,
  hostilePoliceUkFiles,
} from './hostile-files';
import { hoverChartsAndMap, watchForPayloadMarkup } from './markup-watch';
import type { PolicyWatch } from './policy-watch';
import { watchPolicyViolations } from './policy-watch';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;
let payloadMarkup: () => Promise<string[]>;
let policy: PolicyWatch;
/** Text of a file the page offers for download, when `click` starts it. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** The CSV's cells, and those a spreadsheet would run as a formula (negative numbers are not). */
function csvCells(csv: string): { all: string[]; formulas: string[] } {
  const all = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data.flat();
  return { all, formulas: all.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+$/.test(c)) };
}

/** Views in which a payload was seen on the page as text. */
const shownAsText = new Set<string>();

beforeAll(async () => {
  session = await openAppSession();
  payloadMarkup = await watchForPayloadMarkup(session.page);
  policy = await watchPolicyViolations(session.page);
});
afterAll(async () => {
  await session?.close();
});

async function openView(page: Page, name: string, ready: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByTestId(ready).first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
}

/** Hovers the charts and map, then checks that no payload became markup and notes if one shows. */
async function expectOnlyText(page: Page, view: string): Promise<void> {
  await hoverChartsAndMap(page);
  expect(await payloadMarkup(), view).toEqual([]);
  const text = await page.evaluate(() => document.body.innerText);
  if (PAYLOADS.some((p) => text.includes(p))) shownAsText.add(view);
  await page.screenshot({ path: join(ARTIFACTS, `hostile-${view.replaceAll(' ', '-')}.png`) });
}

describe('text from files never becomes markup', () => {
  it('loads police.uk files, boundaries and a local extract full of HTML and script; the validation CSV escapes a formula-like code', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles('[data-testid=file-input]', hostilePoliceUkFiles());
    await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 180_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid=total-incidents]')?.textContent === '480',
      null,
      { timeout: 120_000 },
    );
    await page.setInputFiles('[data-testid=file-input]', hostileBoundaries());
    await page
      .getByText('ward 0')
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);

    await page.setInputFiles('[data-testid=file-input]', hostileLocalExtract());
    await page.locator('[data-testid=column-mapping-form]').waitFor({ timeout: 60_000 });
    await expectOnlyText(page, 'mapping form');
    for (const role of [
      'reference',
      'date',
      'category',
      'easting',
      'northing',
      'location',
    ] as const)
      await page.locator(`select[data-role=${role}]`).selectOption(LOCAL_COLUMNS[role]);
    await page.fill('[data-testid=mapping-name]', `mapping ${PAYLOADS[0]}`);
    await page.fill('[data-testid=mapping-source]', `Council ${PAYLOADS[1]}`);
    await page.click('[data-testid=confirm-columns]');
    await page.locator('[data-testid=code-mapping-step]').waitFor({ timeout: 60_000 });
    await expectOnlyText(page, 'code mapping');
    await page
      .getByLabel(`Category for ${LOCAL_CODES[0]}`, { exact: true })
      .selectOption('asb-nuisance');
    await page.click('[data-testid=load-local]');
    await page.locator('[data-testid=validation-report]').first().waitFor({ timeout: 120_000 });
    await expectOnlyText(page, 'validation report');
    const csv = await downloaded(page, () => page.click('[data-testid=download-validation]'));
    expect(csvCells(csv).all).toContain(`'${LOCAL_CODES[1]}`);
    expect(csvCells(csv).formulas).toEqual([]);
  });

  it('the Map and trend view shows the payloads as text only', async () => {
    const { page } = session;
    await openView(page, 'Map and trend', 'monthly-chart');
    await expectOnlyText(page, 'map and trend');
  });

  it('the Trends view shows the payloads as text only', async () => {
    const { page } = session;
    await openView(page, 'Trends', 'trends-view');
    await page.getByTestId('small-multiples').waitFor({ timeout: 120_000 });
    await expectOnlyText(page, 'trends');
  });

  it('the Board shows the payloads as text only, and its table CSV escapes a formula-like area name', async () => {
    const { page } = session;
    await openView(page, 'Board', 'board-view');
    await page.getByTestId('board-area-table').waitFor({ timeout: 120_000 });
    await expectOnlyText(page, 'board');
    const csv = await downloaded(page, () => page.click('[data-testid=board-export-csv]'));
    expect(csvCells(csv).all).toContain(`'${FORMULA_DISTRICT}`);
    expect(csvCells(csv).formulas).toEqual([]);
  });

  it('the Hotspots view, its areas, repeat locations and cell detail show the payloads as text only', async () => {
    const { page } = session;
    await openView(page, 'Hotspots', 'hotspots-view');
    const computed = () =>
      page.waitForFunction(() => !document.querySelector('[data-testid=hotspots-busy]'), null, {
        timeout: 120_000,
      });
    await page.getByTestId('method-gistar').click();
    await computed();
    // Gi* can rank a cell with no incidents of its own (its neighbours have them): open one with.
    const rows = page.getByTestId('top-cells').locator('tbody tr');
    const counts = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent?.trim() ?? ''),
    );
    await rows
      .nth(
        Math.max(
          0,
          counts.findIndex((n) => n !== '0'),
        ),
      )
      .click();
    await page.getByTestId('cell-detail').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await expectOnlyText(page, 'hotspots cell');
    await page.getByTestId('method-repeat').click();
    await computed();
    await page.getByTestId('repeat-locations').locator('tbody tr').first().click();
    await page.getByTestId('location-detail').waitFor({ timeout: 60_000 });
    await expectOnlyText(page, 'hotspots locations');
    await page.getByTestId('method-areas').click();
    await computed();
    await page.getByTestId('area-counts').locator('tbody tr').first().click();
    await expectOnlyText(page, 'hotspots areas');
  });

  it('the Load report shows the payloads as text only', async () => {
    const { page } = session;
    await openView(page, 'Load report', 'load-report');
    await expectOnlyText(page, 'load report');
  });

  it('showed payloads as text, ran none, broke no policy and raised no page errors', async () => {
    expect([...shownAsText]).toEqual(
      expect.arrayContaining([
        'mapping form',
        'code mapping',
        'validation report',
        'hotspots cell',
        'hotspots locations',
        'hotspots areas',
        'load report',
      ]),
    );
    expect(await session.page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await payloadMarkup()).toEqual([]);
    expect(await policy.violations()).toEqual([]);
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('the watch itself sees a payload that does become markup', async () => {
    await session.page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      document.body.append(box);
      box.remove();
    }, PAYLOADS[0]);
    expect((await payloadMarkup()).join('\n')).toContain('onerror');
  });
});
