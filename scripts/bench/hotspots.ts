/**
 * Hotspot analytics benchmark on real police.uk Derbyshire ASB (../shared/data).
 * Run: npx tsx scripts/bench/hotspots.ts
 *  (a) Gi* ours vs spdep on the same ~25k-cell grid (R timed inside R: cell2nb + nb2listw +
 *      localG + p.adjust), with the largest z difference as a check;
 *  (b) ours alone on 100 m cells over the whole force area;
 *  (c) emerging hot spot classes on 10k cells × 36 months;
 *  (d) quartic KDE of every ASB incident on the 100 m grid with the default bandwidth.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountGrid } from '../../src/analytics/hotspots/cellGrid';
import { countGrid } from '../../src/analytics/hotspots/countGrid';
import { emergingHotspots } from '../../src/analytics/hotspots/emergingHotspots';
import { giStar } from '../../src/analytics/hotspots/giStar';
import { kdeQuartic } from '../../src/analytics/hotspots/kdeQuartic';
import { CUBE_SIDE, CUBE_STEPS, syntheticCubeCounts } from './synthetic-cube';
import type { SpaceTimeCube } from '../../src/analytics/hotspots/spaceTimeCube';
import { readDerbyshireAsb } from '../../tests/unit/hotspots/realData';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function medianMs(repetitions: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function spdepSeconds(
  grid: CountGrid,
  ourZ: Float64Array,
): { seconds: number; localGSeconds: number; maxZDifference: number } {
  const work = mkdtempSync(path.join(tmpdir(), 'gistar-bench-'));
  try {
    const rows = ['ix,iy,count'];
    for (let row = 0; row < grid.ny; row++) {
      for (let col = 0; col < grid.nx; col++)
        rows.push(`${grid.x0 + col},${grid.y0 + row},${grid.counts[row * grid.nx + col]}`);
    }
    const input = path.join(work, 'grid.csv');
    const output = path.join(work, 'localG.csv');
    writeFileSync(input, rows.join('\n'));
    const stdout = execFileSync(
      'Rscript',
      [path.join(repoRoot, 'scripts/r/gistar-reference.R'), input, output],
      {
        encoding: 'utf8',
      },
    );
    const seconds = Number(/\bR_SECONDS=([\d.]+)/.exec(stdout)?.[1]);
    const localGSeconds = Number(/R_LOCALG_SECONDS=([\d.]+)/.exec(stdout)?.[1]);
    let maxZDifference = 0;
    for (const line of readFileSync(output, 'utf8').trim().split('\n').slice(1)) {
      const [ix, iy, z] = line.split(',').map(Number) as [number, number, number];
      const ours = ourZ[(iy - grid.y0) * grid.nx + (ix - grid.x0)] as number;
      maxZDifference = Math.max(maxZDifference, Math.abs(ours - z));
    }
    return { seconds, localGSeconds, maxZDifference };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The benchmark cube as a space-time cube on a 100 m grid. */
function syntheticCube(): SpaceTimeCube {
  const side = CUBE_SIDE;
  const steps = CUBE_STEPS;
  const counts = syntheticCubeCounts();
  const grid = { cellSize: 100, x0: 4300, y0: 3600, nx: side, ny: side, studyArea: null };
  return { grid, steps, counts };
}

function main(): void {
  if (!existsSync(path.resolve(repoRoot, '../shared/data/policeuk/derbyshire'))) {
    throw new Error('the shared police.uk data (../shared/data) is needed for this benchmark');
  }
  const asb = readDerbyshireAsb('', '');
  console.log(`Derbyshire ASB incidents: ${asb.eastings.length} over ${asb.months.length} months`);
  const table: Array<[string, string, string]> = [];

  const medium = countGrid(asb.eastings, asb.northings, { cellSize: 450 }).grid;
  const mediumCells = medium.nx * medium.ny;
  const oursMedium = medianMs(21, () => giStar(medium));
  const r = spdepSeconds(medium, giStar(medium).z);
  table.push([
    `(a) Gi* + BH, ${mediumCells} cells (450 m)`,
    `ours ${oursMedium.toFixed(2)} ms`,
    `spdep ${(r.seconds * 1000).toFixed(0)} ms`,
  ]);
  table.push([
    '    spdep localG + p.adjust only (weights prebuilt)',
    '',
    `spdep ${(r.localGSeconds * 1000).toFixed(0)} ms`,
  ]);
  table.push([
    '    ratio spdep / ours',
    `${((r.seconds * 1000) / oursMedium).toFixed(0)}×`,
    `max |Δz| ${r.maxZDifference.toExponential(1)}`,
  ]);

  const { grid: large, report } = countGrid(asb.eastings, asb.northings, { cellSize: 100 });
  const oursLarge = medianMs(7, () => giStar(large));
  table.push([
    `(b) Gi* + BH, ${large.nx * large.ny} cells (100 m)`,
    `ours ${oursLarge.toFixed(1)} ms`,
    '',
  ]);

  const cube = syntheticCube();
  const emerging = medianMs(5, () => emergingHotspots(cube));
  table.push([
    '(c) emerging hot spots, 10000 cells × 36 months',
    `ours ${emerging.toFixed(0)} ms`,
    'target ≤ 1000 ms',
  ]);

  let bandwidthRule = '';
  const kde = medianMs(3, () => {
    bandwidthRule = kdeQuartic(asb.eastings, asb.northings, large).bandwidth.rule;
  });
  table.push([
    `(d) quartic KDE, ${asb.eastings.length} points, 100 m grid`,
    `ours ${kde.toFixed(0)} ms`,
    bandwidthRule,
  ]);

  console.log(`100 m grid: ${report.pointsCounted} counted, ${report.outliers} outliers left out`);
  console.log('\nmedians:');
  for (const [what, ours, other] of table)
    console.log(`${what.padEnd(52)} ${ours.padEnd(18)} ${other}`);
}

main();
