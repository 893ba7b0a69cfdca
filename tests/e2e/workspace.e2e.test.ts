import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPoliceUkFiles } from '../support/independent-count';
import { writePoliceUkRows } from '../../scripts/bench/police-uk-rows';
import type { RunningTest } from '../support/shared-data';
import { sharedData, sharedDataPath } from '../support/shared-data';
import { ARTIFACTS, openAppSession, waitForTotal } from './app-session';
import { axeViolations } from './axe';
import { newProfile } from './chromium';
import { serveBuiltApp } from './static-server';

type Session = Awaited<ReturnType<typeof openAppSession>>;

/** Big enough that its insert writes row groups to the workspace file before it commits. */
const BIG_ROWS = 600_000;
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const folder = sharedDataPath('policeuk', 'derbyshire');
const wards = sharedDataPath('boundaries', 'wards_E07000034.json');
const monthFile = (month: string) => join(folder, month, `${month}-derbyshire-street.csv`);

/** Every check here needs the real Derbyshire months and Chesterfield's wards. */
function requireRealData(test: RunningTest): void {
  sharedData(test, 'policeuk', 'derbyshire');
  sharedData(test, 'boundaries', 'wards_E07000034.json');
}

let server: Awaited<ReturnType<typeof serveBuiltApp>>;
let session: Session | null = null;
const profile = newProfile();

beforeAll(async () => {
  server = await serveBuiltApp();
});
afterAll(async () => {
  await session?.close().catch(() => undefined);
  await server?.close();
});

async function open(query = '?demo=0'): Promise<Page> {
  session = await openAppSession({ profile, server });
  await session.page.goto(`${server.url}${query}`);
  await session.page.waitForSelector('[data-testid=file-input]:not([disabled])', {
    state: 'attached',
    timeout: 120_000,
  });
  return session.page;
}

/** The app's files in the origin-private file system, and their bytes, through the storage API. */
async function storage(page: Page): Promise<{ bytes: number; files: string[] }> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const files: string[] = [];
    let bytes = 0;
    for await (const [name, handle] of root.entries()) {
      files.push(name);
      if (handle instanceof FileSystemFileHandle) bytes += (await handle.getFile()).size;
    }
    return { bytes, files };
  });
}

/** The figures the Hotspots view shows once it has computed: parameters, legend, top cells. */
async function hotspotFigures(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('top-cells').locator('tbody tr').first().waitFor({ timeout: 180_000 });
  await page.waitForSelector('[data-testid=hotspots-busy]', {
    state: 'detached',
    timeout: 180_000,
  });
  await page.waitForSelector('[data-testid=top-cells][aria-busy=false]', { timeout: 120_000 });
  const text = async (id: string) => ((await page.getByTestId(id).textContent()) ?? '').trim();
  return {
    params: (await text('result-params')).replace(/in \d+ ms/, 'in … ms'),
    legend: await text('hotspot-legend'),
    topCells: await text('top-cells'),
  };
}

/** Gi* for criminal damage and arson, June to December 2025, chosen through the controls. */
async function chooseGiStarView(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Hotspots', exact: true }).click();
  await page.getByTestId('method-gistar').click();
  await page.getByTestId('from-month').selectOption('2025-06');
  await page.getByTestId('to-month').selectOption('2025-12');
  await page.getByTestId('category-criminal-damage-arson').locator('input').check();
}

/** Waits until the sidebar says the workspace holds nothing. */
async function waitForEmptyWorkspace(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid=workspace-summary]')
        ?.textContent?.includes('Nothing loaded yet'),
    undefined,
    { timeout: 120_000 },
  );
}

/** Kills every process of the Chromium running on `profile`, as a crash or power cut would. */
function killBrowser(): void {
  execFileSync('pkill', ['-KILL', '-f', profile]);
}

describe('the workspace survives reloads, crashes and can be wiped', () => {
  let expected = 0;
  let emptyBytes = 0;
  let link = '';
  let figures: Record<string, string> = {};

  it('keeps the real 2025 months and the wards across a reload, without loading them again', async (test) => {
    requireRealData(test);
    expected = countPoliceUkFiles(MONTHS_2025.map(monthFile)).total;
    const page = await open();
    emptyBytes = (await storage(page)).bytes;
    await page.setInputFiles('[data-testid=file-input]', [...MONTHS_2025.map(monthFile), wards]);
    await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 180_000 });
    await waitForTotal(page, expected);

    await page.reload();
    await waitForTotal(page, expected);
    expect(await page.isVisible('[data-testid=demo-badge]')).toBe(false);
    await page.getByRole('tab', { name: 'Workspace', exact: true }).click();
    const rows = await page.$$eval('[data-testid=workspace-files] tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain('2025-01-derbyshire-street.csv');
    expect(await page.textContent('.workspace-boundaries')).toContain('wards_E07000034.json');
    expect(await page.textContent('[data-testid=storage-use]')).toMatch(/On disk: [\d.]+ MB/);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(ARTIFACTS, `workspace-${size.width}.png`) });
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(session?.offMachineRequests).toEqual([]);
  });

  it('the view chosen with its filters is in the address and comes back after a reload', async (test) => {
    requireRealData(test);
    const page = session?.page as Page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await chooseGiStarView(page);
    figures = await hotspotFigures(page);
    expect(figures.params).toContain('Gi*');
    link = page.url().slice(server.url.length);
    expect(link).toMatch(/view=hotspots/);
    expect(await page.getByTestId('method-gistar').getAttribute('aria-pressed')).toBe('true');
    expect(link).toMatch(/from=2025-06/);
    expect(link).toMatch(/cat=criminal-damage-arson/);
    await page.screenshot({ path: join(ARTIFACTS, 'workspace-linked-view.png') });

    await page.reload();
    expect(await hotspotFigures(page)).toEqual(figures);
    expect(await page.getByTestId('from-month').inputValue()).toBe('2025-06');
  });

  it('a browser killed while a second load is writing reopens with the totals from before it', async (test) => {
    requireRealData(test);
    const page = session?.page as Page;
    await page.goto(`${server.url}?demo=0`);
    await waitForTotal(page, expected);
    const big = join(tmpdir(), `csp-e2e-kill-${BIG_ROWS}.csv`);
    if (!existsSync(big)) await writePoliceUkRows(big, BIG_ROWS);
    const before = (await storage(page)).bytes;
    await page.setInputFiles('[data-testid=file-input]', big);
    // Kill once the load has written to the workspace file, i.e. mid-transaction.
    const writing = await page
      .waitForFunction(
        async (start) => {
          const root = await navigator.storage.getDirectory();
          let bytes = 0;
          for await (const handle of root.values())
            if (handle instanceof FileSystemFileHandle) bytes += (await handle.getFile()).size;
          return bytes > start + 4_000_000;
        },
        before,
        { timeout: 120_000, polling: 50 },
      )
      .then(() => true);
    expect(writing).toBe(true);
    expect(await page.isVisible('.import-panel [role=status]')).toBe(true);
    killBrowser();
    await session?.close().catch(() => undefined);

    const reopened = await open();
    await waitForTotal(reopened, expected);
    await reopened.getByRole('tab', { name: 'Workspace', exact: true }).click();
    expect(await reopened.textContent('[data-testid=workspace-files]')).not.toContain(
      'csp-e2e-kill',
    );
  });

  it('clearing the workspace deletes what it kept and returns the app to its empty state', async (test) => {
    requireRealData(test);
    const page = session?.page as Page;
    const before = await storage(page);
    await page.getByRole('button', { name: 'Clear workspace' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await waitForEmptyWorkspace(page);
    const after = await storage(page);
    // What remains is the new, empty workspace: no bigger than a fresh profile's.
    expect(before.bytes).toBeGreaterThan(5_000_000);
    expect(after.bytes).toBeLessThanOrEqual(emptyBytes);
    expect(after.files.every((f) => f.startsWith('csp-workspace.db'))).toBe(true);
    expect(await page.textContent('.workspace-boundaries, .workspace-view')).toContain(
      'No boundary layers loaded',
    );
    await page.reload();
    await page.waitForSelector('[data-testid=workspace-summary]');
    await waitForEmptyWorkspace(page);
    expect(await page.isVisible('[data-testid=demo-badge]')).toBe(false);
  });

  it('the link opens the same screen in another browser that has loaded the same data', async (test) => {
    requireRealData(test);
    await session?.close();
    session = await openAppSession({ profile: newProfile(), server });
    const page = session.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.url}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles('[data-testid=file-input]', [...MONTHS_2025.map(monthFile), wards]);
    await waitForTotal(page, expected);
    await page.goto(`${server.url}${link}`);
    expect(await hotspotFigures(page)).toEqual(figures);
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    expect(session.offMachineRequests).toEqual([]);
  });
});
