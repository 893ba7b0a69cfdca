import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { ARTIFACTS, openAppSession } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

const DEMO = join(REPO_ROOT, 'data/demo');
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const FILES = [
  ...MONTHS_2025.map((m) => join(DEMO, 'policeuk', m, `${m}-demo-street.csv`)),
  join(DEMO, 'wards.geojson'),
];
/** Rows in the twelve files, counted from their bytes: one line per row after the header. */
const ROWS_2025 = MONTHS_2025.reduce(
  (n, m) =>
    n +
    readFileSync(join(DEMO, 'policeuk', m, `${m}-demo-street.csv`), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '').length,
  0,
);

beforeAll(async () => {
  session = await openAppSession();
  await session.page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await session?.close();
});

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` (and has `text`, if
 * given); fails after 150 presses. Every press is a key press: nothing here clicks.
 */
async function tabTo(
  page: Page,
  selector: string,
  { text, backwards = false }: { text?: string; backwards?: boolean } = {},
): Promise<void> {
  const limit = 150;
  for (let i = 0; i < limit; i++) {
    const reached = await page.evaluate(
      ([s, t]) =>
        (document.activeElement?.matches(s) ?? false) &&
        (t === '' || document.activeElement?.textContent === t),
      [selector, text ?? ''] as const,
    );
    if (reached) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${limit} presses of Tab did not reach ${selector} ${text ?? ''}`);
}

/** The focused element's focus ring: its outline width in px when drawn, else 0. */
async function focusRing(page: Page): Promise<number> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || !focused.matches(':focus-visible')) return 0;
    const style = getComputedStyle(focused);
    return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  });
}

/** Screenshots of the focused state at the projector size and the desktop size. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(ARTIFACTS, `keyboard-${name}-${width}x${height}.png`) });
  }
}

const total = (page: Page) =>
  page.evaluate(() =>
    Number(
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', ''),
    ),
  );

describe('keyboard only: load, filter, open a hotspot, export the board', () => {
  it('does the whole job with key presses and shows where the focus is at every step', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });

    // The first Tab reaches the skip link; it moves the focus to the view.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the view');
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // Load twelve months and the wards through the file chooser, opened with the keyboard.
    await tabTo(page, 'button', { text: 'Choose files…' });
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await shoot(page, 'choose-files');
    // The chooser is disabled for a moment while the workspace opens (a disabled button drops the
    // focus): wait until it can be used, and Tab back to it if the focus went.
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    if ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Choose files…')
      await tabTo(page, 'button', { text: 'Choose files…' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Enter'),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(FILES);
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid=total-incidents]')
          ?.textContent?.replaceAll(',', '') === String(n),
      ROWS_2025,
      { timeout: 600_000 },
    );

    // A filter: only anti-social behaviour, by Space on its checkbox.
    await tabTo(page, '[data-testid=category-asb] input');
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await shoot(page, 'category');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cat') === 'asb');
    await page.waitForFunction((all) => {
      const shown = document.querySelector('[data-testid=total-incidents]')?.textContent;
      return shown !== undefined && Number(shown?.replaceAll(',', '')) < all;
    }, ROWS_2025);
    const asbTotal = await total(page);
    expect(asbTotal).toBeGreaterThan(0);

    // The view tabs: one tab stop, arrow keys move, Enter opens.
    await tabTo(page, '[role=tab][aria-selected=true]', { backwards: true });
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Workspace');
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hotspots');
    await shoot(page, 'tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('view') === 'hotspots',
    );

    // A hotspot: Enter on a top cell's row opens its incidents.
    await page.getByTestId('top-cells').locator('tbody tr').first().waitFor({ timeout: 600_000 });
    await page.waitForSelector('[data-testid=hotspots-busy]', { state: 'detached' });
    await tabTo(page, '[data-testid=top-cells] tbody tr');
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await shoot(page, 'top-cell');
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-detail').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('cell')).toMatch(/^\d+,\d+@\d+$/);
    expect(await page.getByTestId('top-cells').locator('tr[aria-selected=true]').count()).toBe(1);

    // The map takes the focus by its name and pans with the arrow keys.
    await tabTo(page, 'canvas.maplibregl-canvas', { backwards: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Map: arrow keys pan/,
    );
    const centre = () => page.evaluate(() => window.__cspMap?.map.getCenter().lng ?? NaN);
    const before = await centre();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (lng) => (window.__cspMap?.map.getCenter().lng ?? lng) > lng,
      before,
    );

    // The board, and its table as CSV with Enter on the export button.
    await tabTo(page, '[role=tab][aria-selected=true]', { backwards: true });
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Board');
    await page.keyboard.press('Enter');
    await page.getByTestId('board-area-table').waitFor({ timeout: 600_000 });
    await tabTo(page, '[data-testid=board-export-csv]');
    expect(await focusRing(page)).toBeGreaterThanOrEqual(2);
    await shoot(page, 'board-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n').length).toBeGreaterThan(2);

    // The sidebar folds away from the keyboard, and says so.
    await tabTo(page, '[data-testid=sidebar-toggle]', { backwards: true });
    await page.keyboard.press('Space');
    expect(await page.getByTestId('sidebar-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.isVisible('#sidebar')).toBe(false);
    expect(new URL(page.url()).searchParams.get('sidebar')).toBe('hidden');
    await shoot(page, 'no-sidebar');
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 1_800_000);
});
