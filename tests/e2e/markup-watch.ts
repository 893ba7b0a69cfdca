import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __pwned?: unknown;
    __payloadMarkup?: string[];
  }
}

/**
 * Watches the page, from before its first script, for any element a payload would make if text
 * became markup: a script or iframe, an `img src=x`, any element with an inline event handler
 * attribute, a `javascript:` link. Elements that appear only for a moment (tooltips) count too.
 */
export async function watchForPayloadMarkup(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    window.__payloadMarkup = found;
    const check = (element: Element) => {
      const tag = element.tagName.toLowerCase();
      const handler = [...element.attributes].find((a) => a.name.startsWith('on'));
      const href = element.getAttribute('href') ?? '';
      if (
        (tag === 'script' && (element.textContent ?? '').includes('__pwned')) ||
        tag === 'iframe' ||
        (tag === 'img' && element.getAttribute('src') === 'x') ||
        handler ||
        /^\s*javascript:/i.test(href)
      ) {
        found.push(element.outerHTML.slice(0, 200));
      }
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.target instanceof Element && mutation.type === 'attributes')
          check(mutation.target);
        for (const node of mutation.addedNodes) {
          if (!(node instanceof Element)) continue;
          check(node);
          node.querySelectorAll('*').forEach(check);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  return async () =>
    page.evaluate(() => [
      ...(window.__payloadMarkup ?? []),
      ...(window.__pwned === undefined ? [] : [`window.__pwned = ${String(window.__pwned)}`]),
    ]);
}

/** Moves the mouse across every chart on the page and over the map, to open their tooltips. */
export async function hoverChartsAndMap(page: Page): Promise<void> {
  const targets = await page.evaluate(() =>
    [
      ...Object.keys(window.__cspCharts ?? {}).map((id) => `[data-testid="${id}"]`),
      '[data-testid=incident-map]',
    ].filter((selector) => document.querySelector(selector)),
  );
  for (const selector of targets) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box || box.width === 0) continue;
    for (let step = 1; step < 8; step++) {
      await page.mouse.move(box.x + (box.width * step) / 8, box.y + box.height / 2);
      await page.waitForTimeout(60);
    }
  }
}
