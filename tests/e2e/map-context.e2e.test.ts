import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBasemap } from '../support/basemap-fixture';
import { REPO_ROOT, sharedData, sharedDataPath } from '../support/shared-data';
import { ARTIFACTS, openAppSession, waitForTotal } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

interface Truth {
  policeUk: { rows: number };
  extentLonLat: { west: number; south: number; east: number; north: number } | number[];
}
const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8')) as Truth;

/** The demo borough's box as [west, south, east, north]. */
function demoBox(): [number, number, number, number] {
  const e = truth.extentLonLat;
  return Array.isArray(e)
    ? (e as [number, number, number, number])
    : [e.west, e.south, e.east, e.north];
}

beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
});

async function mapState(page: Page) {
  return page.evaluate(() => {
    const map = window.__cspMap?.map;
    if (!map) return null;
    const b = map.getBounds();
    return {
      zoom: map.getZoom(),
      centre: map.getCenter().toArray(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    };
  });
}

/** Names placed on the map now (after collision), per label layer prefix. */
async function placedLabels(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate((p) => {
    const map = window.__cspMap?.map;
    if (!map) return [];
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith(p))
      .map((l) => l.id);
    if (layers.length === 0) return [];
    return map
      .queryRenderedFeatures({ layers })
      .map((f) => String(f.properties.name ?? f.properties['name:en'] ?? ''));
  }, prefix);
}

async function idle(page: Page) {
  await page.waitForFunction(() => window.__cspMap?.map.loaded() === true, null, {
    timeout: 300_000,
  });
  await page.waitForTimeout(600);
}

// Slow on a shared machine: the demo and twelve real months load in a busy browser.
describe('maps with place context on the demo borough', { timeout: 1_200_000 }, () => {
  it('frames the data, keeps the zoom when a filter changes, and has a metric scale bar', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(session.baseUrl, { timeout: 300_000 });
    await page.waitForSelector('[data-testid=demo-badge]', { timeout: 600_000 });
    await waitForTotal(page, truth.policeUk.rows, 600_000);
    await idle(page);
    const framed = await mapState(page);
    const [w, , e] = demoBox();
    expect(framed?.bounds[0]).toBeLessThanOrEqual(w + 0.01);
    expect(framed?.bounds[2]).toBeGreaterThanOrEqual(e - 0.01);
    expect((framed?.bounds[2] ?? 0) - (framed?.bounds[0] ?? 0)).toBeLessThan(3 * (e - w));
    expect(await page.textContent('.maplibregl-ctrl-scale')).toMatch(/^\d+\s(m|km)$/);

    await page.evaluate(() => window.__cspMap?.map.jumpTo({ center: [-1.2, 53.32], zoom: 14 }));
    await idle(page);
    await page.getByLabel(/Anti-social behaviour/).check();
    await page.waitForFunction(() => !document.querySelector('[data-testid=map-updating]'));
    await idle(page);
    const kept = await mapState(page);
    expect(kept?.zoom).toBeCloseTo(14, 5);
    expect(kept?.centre[0]).toBeCloseTo(-1.2, 5);

    await page.getByRole('button', { name: 'Fit to data' }).click();
    expect((await mapState(page))?.zoom).toBeCloseTo(framed?.zoom ?? 0, 1);
    await page.getByLabel(/Anti-social behaviour/).uncheck();
    await waitForTotal(page, truth.policeUk.rows, 600_000);
  });

  it('names wards without a basemap, and streets at street zoom, none overlapping', async () => {
    const { page } = session;
    await idle(page);
    const wards = await placedLabels(page, 'data-label-area');
    expect(wards.length).toBeGreaterThan(3);
    await page.screenshot({ path: join(ARTIFACTS, 'map-wards-1440.png') });
    await page.evaluate(() => window.__cspMap?.map.jumpTo({ center: [-1.234, 53.32], zoom: 16 }));
    await idle(page);
    const streets = await placedLabels(page, 'data-label-street');
    expect(streets.length).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'map-streets-1440.png') });
  });

  it('loads a PMTiles basemap from disk, draws its roads, water and names, with no request off the machine', async () => {
    const { page } = session;
    const bytes = fixtureBasemap(demoBox());
    await page.setInputFiles('[data-testid=basemap-input]', {
      name: 'fixture-basemap.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    });
    await page.getByText('Basemap: fixture-basemap.pmtiles').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Fit to data' }).click();
    await idle(page);
    await page.evaluate(() => window.__cspMap?.map.zoomTo(13, { duration: 0 }));
    await idle(page);
    const places = await placedLabels(page, 'basemap-places');
    expect(places.some((p) => p.includes('Fixture'))).toBe(true);
    const roads = await page.evaluate(
      () =>
        window.__cspMap?.map.queryRenderedFeatures({ layers: ['basemap-roads-road'] }).length ?? 0,
    );
    expect(roads).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'map-basemap-1440.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await idle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'map-basemap-1280.png') });
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps the basemap in the workspace across a reload', async () => {
    const { page } = session;
    await page.reload({ timeout: 300_000 });
    await waitForTotal(page, truth.policeUk.rows, 600_000);
    await page.getByText('Basemap: fixture-basemap.pmtiles').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Remove basemap' }).click();
    await page.getByRole('button', { name: 'Load basemap (PMTiles)…' }).waitFor();
  });

  it('saves the map as a PNG with its caption', async () => {
    const { page } = session;
    await idle(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save map as PNG' }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(300);
  });
});

describe(
  'maps with place context on real Derbyshire data and Chesterfield wards',
  { timeout: 1_200_000 },
  () => {
    it('frames Derbyshire, not the stray points across the UK, and names cells by their streets', async (test) => {
      const folder = sharedData(test, 'policeuk', 'derbyshire');
      sharedData(test, 'boundaries', 'wards_E07000034.json');
      const { page } = session;
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${session.baseUrl}?demo=0`, { timeout: 300_000 });
      await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
        state: 'attached',
        timeout: 120_000,
      });
      const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
      await page.setInputFiles(
        '[data-testid=file-input]',
        months.map((m) => join(folder, m, `${m}-derbyshire-street.csv`)),
      );
      await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 900_000 });
      await page.setInputFiles('[data-testid=file-input]', [
        sharedDataPath('boundaries', 'wards_E07000034.json'),
        sharedDataPath('boundaries', 'lsoa_E07000034.json'),
      ]);
      await page.waitForTimeout(2000);
      await idle(page);
      const framed = await mapState(page);
      // The county is taller than the map is wide, so the view's width follows its height: judge
      // the centre and the zoom (strays reach Anglesey and the east coast, which would pull both).
      expect(framed?.centre[0]).toBeGreaterThan(-1.95);
      expect(framed?.centre[0]).toBeLessThan(-1.35);
      expect(framed?.centre[1]).toBeGreaterThan(52.8);
      expect(framed?.centre[1]).toBeLessThan(53.4);
      expect(framed?.zoom).toBeGreaterThan(7);
      await page.screenshot({ path: join(ARTIFACTS, 'map-derbyshire-1440.png') });
      await page.evaluate(() =>
        window.__cspMap?.map.jumpTo({ center: [-1.425, 53.237], zoom: 12 }),
      );
      await idle(page);
      await page.screenshot({ path: join(ARTIFACTS, 'map-chesterfield-wards-1440.png') });
      await page.evaluate(() =>
        window.__cspMap?.map.jumpTo({ center: [-1.4255, 53.2355], zoom: 16 }),
      );
      await idle(page);
      await page.screenshot({ path: join(ARTIFACTS, 'map-chesterfield-streets-1440.png') });
      await page.setViewportSize({ width: 1280, height: 720 });
      await idle(page);
      await page.screenshot({ path: join(ARTIFACTS, 'map-chesterfield-streets-1280.png') });
      expect(session.offMachineRequests).toEqual([]);
    });
  },
);
