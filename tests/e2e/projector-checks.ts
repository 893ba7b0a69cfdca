import type { Page } from 'playwright-core';

/** The smallest text a room can read off a projector, in CSS pixels. */
export const MIN_TEXT_PX = 12;

/** Visible page text set under {@link MIN_TEXT_PX}: "12px → 'Some text'" per element. */
export async function smallPageText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('[hidden], .visually-hidden, script, style'))
        continue;
      if (element.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < min) small.push(`${size}px → '${text.slice(0, 40)}'`);
    }
    return small;
  }, MIN_TEXT_PX);
}

/** Font sizes under {@link MIN_TEXT_PX} in the options of the charts on the page, by chart. */
export async function smallChartText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walk = (value: unknown, path: string, chart: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, chart));
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (key === 'fontSize' && typeof v === 'number' && v < min)
            small.push(`${chart} ${path}.fontSize = ${v}`);
          else walk(v, `${path}.${key}`, chart);
        }
    };
    for (const [id, chart] of Object.entries(window.__cspCharts ?? {}))
      if (!chart.isDisposed() && chart.getDom().isConnected) walk(chart.getOption(), '', id);
    return small;
  }, MIN_TEXT_PX);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Charts whose legend box overlaps their plotting area (the grid), read from echarts' own
 * layout: a legend there covers bars and lines.
 */
export async function legendsOverData(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Rect extends Box {
      applyTransform: (m: unknown) => void;
    }
    interface Model {
      coordinateSystem?: { getRect: () => Box };
    }
    interface Internals {
      getModel: () => { getComponent: (type: string) => Model | undefined };
      getViewOfComponentModel: (model: Model) => {
        group: { getBoundingRect: () => Rect; getComputedTransform: () => unknown };
      };
    }
    const overlaps = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const covering: string[] = [];
    for (const [id, chart] of Object.entries(window.__cspCharts ?? {})) {
      if (chart.isDisposed() || !chart.getDom().isConnected) continue;
      const internals = chart as unknown as Internals;
      const legend = internals.getModel().getComponent('legend');
      const grid = internals.getModel().getComponent('grid')?.coordinateSystem?.getRect();
      if (!legend || !grid) continue;
      const group = internals.getViewOfComponentModel(legend).group;
      const box = group.getBoundingRect();
      box.applyTransform(group.getComputedTransform());
      if (box.width > 0 && overlaps(box, grid)) covering.push(id);
    }
    return covering;
  });
}

/** Map legends and switches that lie over the map itself rather than beside it. */
export async function controlsOverMaps(page: Page): Promise<number> {
  return page.evaluate(() => {
    let over = 0;
    for (const map of document.querySelectorAll('[data-testid=incident-map]')) {
      const controls = map.parentElement?.querySelector('.map-controls');
      if (!controls) continue;
      const [a, b] = [map.getBoundingClientRect(), controls.getBoundingClientRect()];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) over++;
    }
    return over;
  });
}
