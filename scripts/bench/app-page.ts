import type { Page } from 'playwright-core';

/** Opens the built app without the demo and waits until it takes files. */
export async function openEmptyApp(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?demo=0`);
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=file-input]')?.hasAttribute('disabled'),
    undefined,
    { timeout: 120_000 },
  );
}

/** Waits until the totals on screen read `rows` incidents. */
export async function waitForTotal(page: Page, rows: number, timeout = 600_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', '') ===
      String(n),
    rows,
    { timeout },
  );
}
