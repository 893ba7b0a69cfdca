import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPoliceUkFolder } from '../support/independent-count';
import { runCli } from '../support/run-cli';
import { REPO_ROOT, sharedData } from '../support/shared-data';
import { ARTIFACTS, colouredChartPixels, openAppSession, pickableMapObjects } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

interface Truth {
  policeUk: { rows: number; noLocationRows: number; rowsPerCrimeType: Record<string, number> };
}

beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
});

async function totalIncidents(): Promise<number> {
  const text = (await session.page.textContent('[data-testid=total-incidents]')) ?? '';
  return Number(text.replaceAll(',', ''));
}

async function waitForTotal(expected: number): Promise<void> {
  await session.page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', '') ===
      String(n),
    expected,
    { timeout: 180_000 },
  );
}

describe('the app in Chromium', () => {
  it('opens on the demo dataset, says so, and draws the map and the chart', async () => {
    const truth = JSON.parse(
      readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8'),
    ) as Truth;
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 120_000 });
    await waitForTotal(truth.policeUk.rows);
    expect(await page.textContent('[data-testid=total-unlocated]')).toBe(
      String(truth.policeUk.noLocationRows),
    );
    await page.waitForTimeout(1500);
    expect(await pickableMapObjects(page)).toBeGreaterThan(500);
    expect(await colouredChartPixels(page, 'monthly-chart')).toBeGreaterThan(5000);
    const chartTotal = await page.evaluate(() => {
      const option = window.__cspCharts?.['monthly-chart']?.getOption() as
        { series: { data: (number | null)[] }[] } | undefined;
      return (option?.series ?? [])
        .flatMap((s) => s.data)
        .reduce<number>((n, v) => n + (v ?? 0), 0);
    });
    expect(chartTotal).toBe(truth.policeUk.rows);
    await page.screenshot({ path: join(ARTIFACTS, 'foundation-demo.png') });
  });

  it('filters update the totals, the map and the chart together', async () => {
    const truth = JSON.parse(
      readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8'),
    ) as Truth;
    const { page } = session;
    const allPicked = await pickableMapObjects(page);
    await page.getByLabel(/Anti-social behaviour/).check();
    await waitForTotal(truth.policeUk.rowsPerCrimeType['Anti-social behaviour'] ?? -1);
    await page.waitForTimeout(1000);
    const seriesNames = await page.evaluate(() =>
      (
        (window.__cspCharts?.['monthly-chart']?.getOption() as { series: { name: string }[] })
          .series ?? []
      ).map((s) => s.name),
    );
    expect(seriesNames).toEqual(['Anti-social behaviour']);
    expect(await pickableMapObjects(page)).toBeLessThan(allPicked);
    await page.getByLabel(/Anti-social behaviour/).uncheck();
    await waitForTotal(truth.policeUk.rows);
  });

  it('loading real police.uk files through the file input replaces the demo and totals match an independent count', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    const files = readdirSync(folder)
      .sort()
      .map((month) => join(folder, month, `${month}-derbyshire-street.csv`));
    const expected = countPoliceUkFolder(folder);
    await page.setInputFiles('[data-testid=file-input]', files);
    await waitForTotal(expected.total);
    expect(await page.isVisible('[data-testid=demo-badge]')).toBe(false);
    await page.waitForTimeout(1500);
    expect(await pickableMapObjects(page)).toBeGreaterThan(1000);
    expect(await colouredChartPixels(page, 'monthly-chart')).toBeGreaterThan(5000);
    await page.screenshot({ path: join(ARTIFACTS, 'foundation-real.png') });

    await page.getByRole('tab', { name: 'Load report' }).click();
    const missing = await page.textContent('[data-testid=missing-months]');
    expect(missing).toContain('2019-03 … 2023-12');
    expect(missing).toContain('2024-05 … 2024-12');
    await page.screenshot({ path: join(ARTIFACTS, 'load-report.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Map and trend' }).click();
  });

  it('loading months again, as the police.uk zip, replaces them and does not change the totals', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    const expected = countPoliceUkFolder(folder).total;
    const months = ['2025-01', '2025-02'];
    const zip = zipSync(
      Object.fromEntries(
        months.map((m) => [
          `${m}/${m}-derbyshire-street.csv`,
          new Uint8Array(readFileSync(join(folder, m, `${m}-derbyshire-street.csv`))),
        ]),
      ),
    );
    const replaced = months.reduce((n, m) => n + countPoliceUkFolder(join(folder, m)).total, 0);
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'police-uk-download.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    await page
      .getByText(`replacing ${replaced.toLocaleString('en-GB')} rows loaded before`)
      .waitFor({ timeout: 60_000 });
    expect(await totalIncidents()).toBe(expected);
  });

  it('an incidents Parquet file of the same months (cli export) loads through the file input and replaces them', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const { page } = session;
    const expected = countPoliceUkFolder(folder).total;
    const months = ['2025-03', '2025-04', '2025-05'];
    const parquet = join(mkdtempSync(join(tmpdir(), 'e2e-parquet-')), 'derbyshire-spring.parquet');
    await runCli([
      'export',
      ...months.map((m) => join(folder, m, `${m}-derbyshire-street.csv`)),
      '--parquet',
      parquet,
    ]);
    const replaced = months.reduce((n, m) => n + countPoliceUkFolder(join(folder, m)).total, 0);
    await page.setInputFiles('[data-testid=file-input]', parquet);
    await page
      .getByText(`replacing ${replaced.toLocaleString('en-GB')} rows loaded before`)
      .waitFor({ timeout: 60_000 });
    expect(await totalIncidents()).toBe(expected);
  });

  it('a file that is not police.uk gets a message naming it, and nothing is added', async () => {
    const { page } = session;
    const before = await totalIncidents();
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'council-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Case Ref,Date,Type\n1,01/01/2025,Noise\n'),
    });
    await page
      .getByText(/council-export\.csv.*not a police\.uk street-level file.*Crime type/)
      .waitFor({ timeout: 60_000 });
    expect(await totalIncidents()).toBe(before);
  });

  it('sent no request off the machine and raised no page errors', () => {
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
