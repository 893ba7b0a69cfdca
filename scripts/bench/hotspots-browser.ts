/**
 * The hotspot benchmark of scripts/bench/hotspots.ts, in headless Chromium: the same analytics
 * modules served by Vite's dev server and timed in the page with performance.now, plus the
 * app's worker round trip (points in, drawable cells out) as the Hotspots view runs it.
 * Run: npx tsx scripts/bench/hotspots-browser.ts   (needs ../shared/data and /usr/bin/chromium)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from '../../tests/e2e/chromium';
import { readDerbyshireAsb } from '../../tests/unit/hotspots/realData';
import { syntheticCubeCounts } from './synthetic-cube';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface PageInput {
  eastings: number[];
  northings: number[];
  months: number[];
  covered: string[];
  cube: number[];
}

/** Runs in the page: imports the modules from the dev server and times them. */
async function benchInPage(input: PageInput): Promise<Record<string, number | string>> {
  const load = (p: string) => import(/* @vite-ignore */ p);
  const { countGrid } = await load('/src/analytics/hotspots/countGrid.ts');
  const { giStar } = await load('/src/analytics/hotspots/giStar.ts');
  const { emergingHotspots } = await load('/src/analytics/hotspots/emergingHotspots.ts');
  const { kdeQuartic } = await load('/src/analytics/hotspots/kdeQuartic.ts');
  const { runHotspotJobInWorker } = await load('/src/reports/hotspots/hotspot-worker-client.ts');
  const { runHotspotJob } = await load('/src/reports/hotspots/hotspot-job.ts');
  const median = (repetitions: number, run: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  };
  const e = Float64Array.from(input.eastings);
  const n = Float64Array.from(input.northings);
  const medium = countGrid(e, n, { cellSize: 450 }).grid;
  const large = countGrid(e, n, { cellSize: 100 }).grid;
  const cube = {
    grid: { cellSize: 100, x0: 4300, y0: 3600, nx: 100, ny: 100, studyArea: null },
    steps: 36,
    counts: Float64Array.from(input.cube),
  };
  const out: Record<string, number | string> = {
    mediumCells: medium.nx * medium.ny,
    largeCells: large.nx * large.ny,
    giMedium: median(21, () => giStar(medium)),
    giLarge: median(7, () => giStar(large)),
    emerging: median(5, () => emergingHotspots(cube)),
    kde: median(3, () => kdeQuartic(e, n, large)),
  };
  const job = (method: string, cellSize: number) => ({
    params: { method, cellSize, fdr: true, alpha: 0.05, bandwidthAdjust: 1 },
    eastings: e,
    northings: n,
    monthIndex: Int32Array.from(input.months),
    coveredMonths: input.covered,
  });
  for (const [name, method, cellSize] of [
    ['workerGi100', 'gistar', 100],
    ['workerPatterns250', 'patterns', 250],
    ['workerKde100', 'kde', 100],
  ] as const) {
    const rounds: number[] = [];
    const inside: number[] = [];
    for (let i = 0; i < 4; i++) {
      const start = performance.now();
      const result = await runHotspotJobInWorker(job(method, cellSize));
      if (i > 0) rounds.push(performance.now() - start); // the first run warms the JIT up
      if (i > 0) inside.push(result.elapsedMs);
    }
    out[name] = rounds.sort((a, b) => a - b)[1] as number;
    out[`${name}Inside`] = inside.sort((a, b) => a - b)[1] as number;
    out[`${name}Main`] = median(3, () => runHotspotJob(job(method, cellSize)));
  }
  out.userAgent = navigator.userAgent;
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(path.resolve(repoRoot, '../shared/data/policeuk/derbyshire')))
    throw new Error('the shared police.uk data (../shared/data) is needed for this benchmark');
  const asb = readDerbyshireAsb('', '');
  const monthIndexOf = asb.months.map((m) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return y * 12 + mo - 1;
  });
  const server = await createServer({
    root: repoRoot,
    configFile: false,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
    optimizeDeps: {
      entries: ['src/reports/hotspots/hotspot-worker-client.ts', 'src/analytics/hotspots/*.ts'],
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${address.port}/@vite/client`);
    // tsx compiles with keepNames, which wraps functions in __name(); give the page one.
    await page.evaluate('globalThis.__name = (f) => f');
    const figures = await page.evaluate(benchInPage, {
      eastings: Array.from(asb.eastings),
      northings: Array.from(asb.northings),
      months: Array.from(asb.monthIndex, (i) => monthIndexOf[i] as number),
      covered: asb.months,
      cube: Array.from(syntheticCubeCounts()),
    });
    const ms = (key: string, digits = 1) => `${Number(figures[key]).toFixed(digits)} ms`;
    console.log(`Chromium: ${String(figures.userAgent)}`);
    console.log(
      `Derbyshire ASB incidents: ${asb.eastings.length} over ${asb.months.length} months\n`,
    );
    console.log('medians in headless Chromium (main thread, same modules as Node):');
    console.log(`(a) Gi* + BH, ${figures.mediumCells} cells (450 m)`.padEnd(52), ms('giMedium', 2));
    console.log(`(b) Gi* + BH, ${figures.largeCells} cells (100 m)`.padEnd(52), ms('giLarge'));
    console.log('(c) emerging hot spots, 10000 cells × 36 months'.padEnd(52), ms('emerging', 0));
    console.log(
      `(d) quartic KDE, ${asb.eastings.length} points, 100 m grid`.padEnd(52),
      ms('kde', 0),
    );
    console.log(
      "\nthe app's worker round trip (points in, drawable cells with lon/lat corners out):",
    );
    for (const [key, what] of [
      ['workerGi100', 'Gi* on 100 m cells'],
      ['workerPatterns250', 'space-time patterns on 250 m cells'],
      ['workerKde100', 'KDE on 100 m cells'],
    ] as const) {
      console.log(
        what.padEnd(52),
        ms(key, 0),
        `(inside the worker ${ms(`${key}Inside`, 0)}; same job on the main thread ${ms(`${key}Main`, 0)})`,
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
