import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../support/shared-data';
import { ARTIFACTS, colouredChartPixels, openAppSession } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

const MONTHS = [
  '2024-01',
  '2024-02',
  '2024-03',
  '2024-04',
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
];

beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
});

/** The numbers in the board's area table as the page shows them (cells and totals). */
async function areaTableNumbers(): Promise<string[]> {
  return session.page.$$eval('[data-testid=board-area-table] td', (cells) =>
    cells.map((c) => (c.textContent ?? '').trim()),
  );
}

async function volumeChartValues(): Promise<(number | null)[]> {
  return session.page.evaluate(() => {
    const option = window.__cspCharts?.['board-volume-chart']?.getOption() as
      { series: { data: (number | null)[] }[] } | undefined;
    return (option?.series ?? []).flatMap((s) => s.data);
  });
}

describe('the Board and Trends views on real Derbyshire months', () => {
  it('loads eight real months, and the board states headlines, draws bars and hides small counts', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`);
    // The input is disabled until the database has started.
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles(
      '[data-testid=file-input]',
      MONTHS.map((m) => join(folder, m, `${m}-derbyshire-street.csv`)),
    );
    await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 180_000 });

    await page.getByRole('tab', { name: 'Board', exact: true }).click();
    await page.waitForSelector('[data-testid=board-view]', { timeout: 120_000 });
    const headlines = await page.$$eval('[data-testid=board-headline]', (li) =>
      li.map((l) => l.textContent ?? ''),
    );
    expect(headlines).toHaveLength(4);
    expect(headlines[0]).toMatch(
      /^Anti-social behaviour in the 12 months to April 2025 .* is not comparable/,
    );
    expect(await page.textContent('[data-testid=board-missing-months]')).toContain('2024-05');
    // The area changes are ranked like for like only: the months both years have data for.
    expect(await page.textContent('[data-testid=board-changes-basis]')).toContain(
      'Like for like: January–April 2025 against January–April 2024',
    );

    // Year to date (April 2025 vs April 2024) is like for like: figures and a verdict in words.
    await page.selectOption('[data-testid=board-period]', 'yearToDate');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=board-headline]')
        ?.textContent?.includes('financial year to date'),
    );
    const ytd = await page.$$eval('[data-testid=board-headline]', (li) =>
      li.map((l) => l.textContent ?? ''),
    );
    for (const sentence of ytd) {
      expect(sentence).toMatch(/(rose|fell) \d+\.\d% \([\d,]+ → [\d,]+\)/);
      expect(sentence).toMatch(/within normal variation|a significant (rise|fall)/);
    }
    expect(await page.isVisible('[data-testid=board-missing-months]')).toBe(false);

    await page.waitForTimeout(800);
    const values = await volumeChartValues();
    expect(values.filter((v) => typeof v === 'number' && v > 100).length).toBeGreaterThanOrEqual(8);
    expect(await colouredChartPixels(page, 'board-volume-chart')).toBeGreaterThan(3000);

    const numbers = await areaTableNumbers();
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers).toContain('*');
    expect(numbers.filter((n) => /^[1-4]$/.test(n))).toEqual([]);
    expect(await page.textContent('[data-testid=disclosure-notice]')).toContain(
      'Counts from 1 to 4 are not shown',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'board.png'), fullPage: true });

    // "Other crime" opens by police.uk's crime types, each under the same disclosure control.
    const open = page.getByRole('button', { name: 'By crime type' });
    expect(await page.getByTestId('board-subcategory').count()).toBe(0);
    await open.focus();
    await page.keyboard.press('Enter');
    const types = page.getByTestId('board-subcategory');
    await types.first().waitFor();
    const rows = await types.allTextContents();
    expect(rows.some((r) => r.includes('Shoplifting'))).toBe(true);
    expect(rows.some((r) => r.includes('Violence and sexual offences'))).toBe(true);
    const figures = await types.locator('td').allTextContents();
    expect(figures.filter((n) => /^[1-4]$/.test(n.trim()))).toEqual([]);
    expect(
      await page.getByRole('button', { name: 'Hide crime types' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'board-crime-types.png'), fullPage: true });
    await page.getByRole('button', { name: 'Hide crime types' }).click();
    expect(await types.count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTIFACTS, 'board-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('exports the suppressed table as CSV and the chart as PNG and SVG', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    const saved = async (button: string): Promise<Buffer> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return readFileSync(await download.path());
    };
    const csv = (await saved('Table as CSV')).toString('utf8');
    const cells = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .flatMap((line) => line.split(',').slice(1));
    expect(cells.length).toBeGreaterThan(50);
    expect(cells).toContain('*');
    expect(cells.filter((c) => /^"?[1-4]"?$/.test(c))).toEqual([]);
    const png = await saved('Chart as PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    const svg = (await saved('Chart as SVG')).toString('utf8');
    expect(svg).toMatch(/^<svg/);
    // Axis labels wrap, so each line of a category name is its own text element.
    expect(svg).toContain('>Anti-social');
    expect(svg).toContain('>behaviour<');
  });

  it('small areas (LSOAs) show no count from 1 to 4 either', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    await page.selectOption('[data-testid=area-level]', 'lsoa');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=board-area-table] th[scope=col]')?.textContent ===
        'LSOA',
    );
    const numbers = await areaTableNumbers();
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => /^[1-4]$/.test(n))).toEqual([]);
  });

  it('the Trends view draws a small multiple per category, the comparison table and an XmR chart', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    await page.getByRole('tab', { name: 'Trends', exact: true }).click();
    await page.waitForSelector('[data-testid=trend-comparison-table]', { timeout: 120_000 });
    expect(await page.$$eval('.small-multiple', (f) => f.length)).toBe(4);
    expect(await page.textContent('[data-testid=trend-missing-months]')).toContain(
      '2024-05 … 2024-12',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trends-csv').click(),
    ]);
    const table = readFileSync(await download.path(), 'utf8');
    expect(table).toContain('Trends: comparisons by category');
    expect(table).toContain('Reporting month April 2025');
    expect(table).toMatch(/\nAnti-social behaviour,\d+,\d+,/);
    // May–December 2024 have no data: the 12-month comparison says it is not like for like.
    expect(table).toContain('not like for like');
    await page.getByRole('button', { name: 'Public order' }).click();
    await page.waitForSelector(
      '[data-testid=category-drill-down] >> text=Public order: exceedance',
    );
    await page.waitForTimeout(800);
    expect(await colouredChartPixels(page, 'xmr-chart')).toBeGreaterThan(100);
    await page.screenshot({ path: join(ARTIFACTS, 'trends.png'), fullPage: true });
    await page
      .locator('[data-testid=category-drill-down]')
      .screenshot({ path: join(ARTIFACTS, 'trends-drill-down.png') });
  });

  it('a district in the drill-down opens its hotspots for that category', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    await page
      .locator('[data-testid=area-comparison-table]')
      .getByRole('button', { name: 'Chesterfield', exact: true })
      .click();
    await page.waitForSelector('[data-testid=incident-map]', { timeout: 60_000 });
    expect(
      await page.getByRole('tab', { name: 'Hotspots', exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await page.inputValue('[data-testid=area]')).toBe('Chesterfield');
    expect(await page.getByLabel(/Public order/).isChecked()).toBe(true);
  });

  it('sent no request off the machine and raised no page errors', () => {
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
