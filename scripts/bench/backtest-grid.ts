/**
 * The backtest requirement on real police.uk Derbyshire data (../shared/data): the default
 * ranking's mean PAI over 2025's months against the best single method's, for every cell size
 * 250, 500, 750, 1000 m and area share 1%, 2%, 5%, 10%.
 * Run: npx tsx scripts/bench/backtest-grid.ts [category ids, comma-separated; default asb]
 *      (`all` for every category together, `each` for ASB, criminal damage and arson, public
 *      order and other crime one after another). With BOUNDARY=lsoa the study area is the
 *      2011 LSOAs of the nine Derbyshire authorities (../shared/data/boundaries/lsoa_*.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKTEST_METHODS } from '../../src/analytics/backtest/rankingMethods';
import { initialiseDatabase } from '../../src/db/init';
import { openNodeDuck } from '../../src/db/node';
import { loadFiles } from '../../src/ingest/load-files';
import { backtestFromPoints, loadBacktestPoints } from '../../src/reports/backtest-report';
import { parseBoundaryFile } from '../../src/reports/boundary-layer';
import { studyAreaInput } from '../../src/reports/hotspots/study-area';
import { nodeInputs } from '../cli/node-inputs';

export const GRID_CELL_SIZES = [250, 500, 750, 1000] as const;
export const GRID_AREA_SHARES = [0.01, 0.02, 0.05, 0.1] as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const force = path.resolve(repoRoot, '../shared/data/policeuk/derbyshire');
const boundaries = path.resolve(repoRoot, '../shared/data/boundaries');

function derbyshireLsoas() {
  const files = readdirSync(boundaries).filter((f) => /^lsoa_E0\d{7}\.json$/.test(f));
  return studyAreaInput(
    files.map((f) => parseBoundaryFile(f, readFileSync(path.join(boundaries, f), 'utf8'))),
  );
}

async function main(): Promise<void> {
  const arg = process.argv[2] ?? 'asb';
  const sets =
    arg === 'each'
      ? [['asb'], ['criminal-damage-arson'], ['public-order'], ['other-crime']]
      : [arg === 'all' ? [] : arg.split(',')];
  const started = performance.now();
  const db = await initialiseDatabase(await openNodeDuck());
  const months = readdirSync(force).filter((m) => m >= '2023-10');
  await loadFiles(db, nodeInputs(months.map((m) => path.join(force, m))));
  const loaded = performance.now();
  console.log(`loaded ${months.join(', ')} in ${((loaded - started) / 1000).toFixed(1)} s`);
  let failures = 0;
  for (const categories of sets) {
    const studyArea = process.env.BOUNDARY === 'lsoa' ? derbyshireLsoas() : null;
    const options = { from: '2025-01', to: '2025-12', categories, studyArea };
    const points = await loadBacktestPoints(db, options);
    console.log(
      `\n${categories.join(',') || 'all categories'}: ${points.eastings.length} located incidents read` +
        (studyArea
          ? `; study area ${studyArea.areaCount} LSOAs`
          : '; study area: the points’ extent'),
    );
    console.log(
      'cell  share  studyCells  months  default  best single (method)  counts  kde  gistar  last-month  default ≥ best',
    );
    for (const cellSize of GRID_CELL_SIZES) {
      const details = backtestFromPoints(points, { ...options, cellSize }, GRID_AREA_SHARES);
      for (const { report } of details) {
        const pai = (m: (typeof BACKTEST_METHODS)[number]) => report.summary[m].meanPai ?? NaN;
        const singles = BACKTEST_METHODS.filter((m) => m !== 'default');
        const best = singles.reduce((a, b) => (pai(b) > pai(a) ? b : a));
        const ok = pai('default') >= pai(best);
        if (!ok) failures++;
        console.log(
          [
            `${cellSize}`.padStart(4),
            `${(report.areaShare * 100).toFixed(0)}%`.padStart(5),
            `${report.studyCells}`.padStart(10),
            `${report.months.length}`.padStart(6),
            pai('default').toFixed(2).padStart(7),
            `${pai(best).toFixed(2)} (${best})`.padStart(21),
            ...singles.map((m) => pai(m).toFixed(2).padStart(m.length)),
            ok ? 'yes' : 'NO',
          ].join('  '),
        );
      }
    }
  }
  console.log(
    `\n${failures === 0 ? 'default ≥ best single method everywhere' : `${failures} settings where the default is below the best single method`}` +
      ` (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  await db.close();
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
