/**
 * The CLI (`hotspots --json`, `patterns --json`) and the app's hotspot worker job run the same
 * pipeline: on the demo borough's ASB, with some of its wards as the study area, they give the
 * same grid, the same points and the same cells, z-scores and classes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGING_PATTERN_RULES } from '../../../src/analytics/hotspots/emergingHotspotClass';
import { hotspotClassLabel } from '../../../src/analytics/hotspots/hotspotClass';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { parseBoundaryFile } from '../../../src/reports/boundary-layer';
import type { HotspotInput, HotspotsReport } from '../../../src/reports/hotspots-report';
import { loadHotspotInput } from '../../../src/reports/hotspots-report';
import { runHotspotJob } from '../../../src/reports/hotspots/hotspot-job';
import type { HotspotJobResult } from '../../../src/reports/hotspots/hotspot-job-result';
import type { GridMethod } from '../../../src/reports/hotspots/hotspot-params';
import { DEFAULT_PARAMS } from '../../../src/reports/hotspots/hotspot-params';
import type { StudyAreaInput } from '../../../src/reports/hotspots/study-area';
import { studyAreaInput } from '../../../src/reports/hotspots/study-area';
import type { PatternsReport } from '../../../src/reports/patterns-report';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { runCli } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO = join(REPO_ROOT, 'data/demo');
const POLICE_UK = join(DEMO, 'policeuk');
const WARDS = join(DEMO, 'wards.geojson');
const CELL_SIZE = 250;
const CLI_ARGS = [POLICE_UK, '--categories', 'asb', '--cell', String(CELL_SIZE)];

/**
 * Seven of the twelve demo wards: four as the parts of one MultiPolygon area, three as
 * Polygons, so part of the borough's incidents lie outside the study area.
 */
function someWards(): FeatureCollection {
  const wards = (JSON.parse(readFileSync(WARDS, 'utf8')) as FeatureCollection)
    .features as Feature<Polygon>[];
  const joined: Feature = {
    type: 'Feature',
    properties: { code: 'joined', name: 'Four wards' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: wards.slice(0, 4).map((w) => w.geometry.coordinates),
    },
  };
  return { type: 'FeatureCollection', features: [joined, ...wards.slice(4, 7)] };
}

let db: DuckConnector;
let input: HotspotInput;
let studyArea: StudyAreaInput;
let cliHotspots: HotspotsReport;
let cliPatterns: PatternsReport;

beforeAll(async () => {
  if (!existsSync(WARDS)) throw new Error('data/demo is missing: run `npm run demo-data` first');
  const boundaryFile = join(await mkdtemp(join(tmpdir(), 'study-area-')), 'wards.geojson');
  const boundaryText = JSON.stringify(someWards());
  writeFileSync(boundaryFile, boundaryText);
  cliHotspots = JSON.parse(
    await runCli(['hotspots', ...CLI_ARGS, '--boundary', boundaryFile, '--json']),
  ) as HotspotsReport;
  cliPatterns = JSON.parse(
    await runCli(['patterns', ...CLI_ARGS, '--boundary', boundaryFile, '--json']),
  ) as PatternsReport;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([POLICE_UK]));
  input = await loadHotspotInput(db, { fromMonth: null, toMonth: null, categories: ['asb'] });
  studyArea = studyAreaInput([parseBoundaryFile('Some wards', boundaryText)]) as StudyAreaInput;
}, 300_000);

afterAll(async () => {
  await db?.close();
});

/** The worker's job on the points the app loads, as the Hotspots view asks for it. */
function workerResult(method: GridMethod): HotspotJobResult {
  return runHotspotJob({
    params: { ...DEFAULT_PARAMS, method, cellSize: CELL_SIZE },
    eastings: input.eastings,
    northings: input.northings,
    monthIndex: input.monthIndex,
    coveredMonths: input.coveredMonths,
    studyArea,
  });
}

/** The worker's drawn cells, one object per cell. */
function drawn(result: HotspotJobResult) {
  return Array.from(result.ix, (ix, k) => ({
    ix,
    iy: result.iy[k] as number,
    count: result.count[k] as number,
    value: result.value[k] as number,
    code: result.code[k] as number,
  }));
}

describe('the CLI and the hotspot worker on the demo ASB with seven wards as study area', () => {
  it('grid the same study area and account for the same incidents', () => {
    const result = workerResult('grid');
    const { cellSize, cellSizeReason, grid, points } = cliHotspots;
    expect(result.grid).toEqual({ cellSize, x0: grid.x0, y0: grid.y0, nx: grid.nx, ny: grid.ny });
    expect(result.cellSizeReason).toBe(cellSizeReason);
    expect(result.studyArea?.studyCells).toBe(grid.studyCells);
    expect(grid.studyCells).toBeLessThan(grid.nx * grid.ny);
    expect(result.points).toEqual({
      counted: points.pointsCounted,
      outliers: points.outliers,
      missing: points.missingCoordinates,
      outside: points.outsideStudyArea,
    });
    expect(points.outsideStudyArea).toBeGreaterThan(1000);
    expect(result.studyArea?.areaCount).toBe(4);
  });

  it('count the same incidents in every cell', () => {
    const worker = drawn(workerResult('grid')).map(({ ix, iy, count }) => ({ ix, iy, count }));
    const cli = cliHotspots.cells
      .filter((c) => c.count > 0)
      .map(({ ix, iy, count }) => ({ ix, iy, count }));
    expect(cli.length).toBeGreaterThan(100);
    expect(worker).toEqual(cli);
  });

  it('find the same Gi* hot and cold spots, with identical z-scores and classes', () => {
    const result = workerResult('gistar');
    const worker = drawn(result).map(({ ix, iy, count, value, code }) => ({
      ix,
      iy,
      count,
      giZ: value,
      class: hotspotClassLabel(code),
    }));
    const cli = cliHotspots.cells
      .filter((c) => c.class !== 'not-significant')
      .map(({ ix, iy, count, giZ, class: label }) => ({ ix, iy, count, giZ, class: label }));
    expect(cli.some((c) => c.class === 'hot-99')).toBe(true);
    expect(worker).toEqual(cli);
    expect(result.gi).toEqual({
      studyCells: cliHotspots.grid.studyCells,
      fdr: cliHotspots.fdr,
      hotCells: cli.filter((c) => c.class.startsWith('hot')).length,
      coldCells: cli.filter((c) => c.class.startsWith('cold')).length,
    });
  });

  it('class the same cells with the same space-time patterns over the same months', () => {
    const result = workerResult('patterns');
    const { steps, missingMonths, alpha, trendAlpha, fdr } = cliPatterns;
    expect(result.patterns).toEqual({ steps, missingMonths, alpha, trendAlpha, fdr });
    expect(result.grid).toEqual({
      cellSize: cliPatterns.cellSize,
      x0: cliHotspots.grid.x0,
      y0: cliHotspots.grid.y0,
      nx: cliHotspots.grid.nx,
      ny: cliHotspots.grid.ny,
    });
    const worker = drawn(result).map(({ ix, iy, count, value, code }) => ({
      ix,
      iy,
      count,
      hotSteps: value,
      pattern: EMERGING_PATTERN_RULES[code]?.pattern,
    }));
    const cli = cliPatterns.cells
      .filter((c) => c.pattern !== 'no-pattern')
      .map(({ ix, iy, count, hotSteps, pattern }) => ({ ix, iy, count, hotSteps, pattern }));
    expect(cli.filter((c) => c.pattern.endsWith('-hot-spot')).length).toBeGreaterThan(0);
    expect(worker).toEqual(cli);
  });
});
