import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openAppSession } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
});

/** Grid counts of ASB in 2025 on 250 m cells, with the demo's Market Place cell chosen. */
const HOTSPOT_LINK =
  '?view=hotspots&from=2025-01&to=2025-12&cat=asb&method=grid&size=250&cell=1804,1522@250';

const selectedTab = (page: Page, name: string) =>
  page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected');

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function expectHotspotLinkShown(page: Page): Promise<void> {
  await page.getByTestId('cell-detail').locator('tbody tr').first().waitFor({ timeout: 180_000 });
  expect(await selectedTab(page, 'Hotspots')).toBe('true');
  expect(await page.getByTestId('method-grid').getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByTestId('cell-size').inputValue()).toBe('250');
  expect(await page.getByTestId('from-month').inputValue()).toBe('2025-01');
  expect(await page.getByTestId('to-month').inputValue()).toBe('2025-12');
  expect(await page.getByTestId('category-asb').locator('input').isChecked()).toBe(true);
  const detail = (await page.getByTestId('cell-detail').textContent()) ?? '';
  expect(detail).toContain('(cell 1804, 1522)');
  expect(detail).toContain('250 m cell');
  expect(detail).toContain('Anti-social behaviour');
  expect(detail).not.toContain('Public order');
}

describe('the view in the address', () => {
  it('a link opens the Hotspots view with its filters, method, cell size and chosen cell', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}${HOTSPOT_LINK}`);
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 180_000 });
    await expectHotspotLinkShown(page);
    await page.getByTestId('result-params').getByText(/250 m/).first().waitFor();
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'url-state-hotspots.png') });
  });

  it('another tab and a drill-down are history entries that keep the filters; Back returns to the view', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Trends', exact: true }).click();
    await page.getByTestId('trends-view').waitFor({ timeout: 120_000 });
    expect(param(page, 'view')).toBe('trends');
    expect(param(page, 'from')).toBe('2025-01');
    expect(param(page, 'method')).toBeNull();
    expect(param(page, 'cell')).toBeNull();
    await page
      .getByTestId('trend-comparison-table')
      .getByRole('button', { name: 'Anti-social behaviour' })
      .click();
    expect(param(page, 'drill')).toBe('asb');
    await page.goBack();
    expect(param(page, 'drill')).toBeNull();
    expect(param(page, 'view')).toBe('trends');
    await page.goBack();
    await expectHotspotLinkShown(page);
    expect(page.url()).toBe(`${session.baseUrl}${HOTSPOT_LINK}`);
    await page.goForward();
    await page.getByTestId('trends-view').waitFor({ timeout: 120_000 });
    expect(await selectedTab(page, 'Trends')).toBe('true');
  });

  it('a choice in the view is an entry too: a new method, undone by Back; a reload keeps the view', async () => {
    const { page } = session;
    await page.goBack();
    await expectHotspotLinkShown(page);
    await page.getByTestId('method-kde').click();
    expect(param(page, 'method')).toBe('kde');
    expect(param(page, 'cell')).toBeNull();
    expect(await page.getByTestId('cell-detail').count()).toBe(0);
    await page.goBack();
    await expectHotspotLinkShown(page);
    await page.reload();
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 180_000 });
    await expectHotspotLinkShown(page);
  });

  it('says plainly when a link asks for months the loaded data does not have', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${session.baseUrl}?from=2026-06&to=2026-12&method=magic`);
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 180_000 });
    const notice = page.getByTestId('link-notice');
    await notice.getByText(/covers/).waitFor({ timeout: 120_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(
      'This link asks for 2026-06 to 2026-12, but the data loaded covers 2023-01 to 2025-12.',
    );
    expect(text).toContain('Not understood, so left out: method=magic.');
    expect(await page.getByTestId('from-month').locator('option:checked').textContent()).toBe(
      '2026-06 (no data)',
    );
    expect(await page.getByTestId('total-incidents').textContent()).toBe('0');
    await page.screenshot({ path: join(ARTIFACTS, 'url-state-missing.png') });
  });

  it('sent no request off the machine and raised no page errors', () => {
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
