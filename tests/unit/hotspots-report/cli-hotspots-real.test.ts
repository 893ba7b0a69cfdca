import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import { fromBng } from '../../../src/ingest/bng';
import type { HotspotsReport } from '../../../src/reports/hotspots-report';
import { countPoliceUkFolder } from '../../support/independent-count';
import { runCli } from '../../support/run-cli';
import { sharedData } from '../../support/shared-data';
import { readDerbyshireAsb } from '../hotspots/realData';

/** ASB rows with both coordinates, counted with papaparse (not the code under test). */
function locatedAsbRows(folder: string): number {
  let located = 0;
  for (const month of readdirSync(folder)) {
    const file = join(folder, month, `${month}-derbyshire-street.csv`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const row of rows)
      if (row['Crime type'] === 'Anti-social behaviour' && row.Longitude && row.Latitude) located++;
  }
  return located;
}

describe('cli hotspots --json on the real Derbyshire ASB', () => {
  it('lists every cell of the extent, counts every located ASB incident, and z equals giStar', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const report = JSON.parse(
      await runCli(['hotspots', folder, '--categories', 'asb', '--cell', '1000', '--json']),
    ) as HotspotsReport;
    expect(report).toMatchObject({ cellSize: 1000, crs: 'EPSG:27700', fdr: true });

    const { nx, ny, x0, y0 } = report.grid;
    expect(report.cells).toHaveLength(nx * ny);
    const seen = new Set(report.cells.map((c) => `${c.ix},${c.iy}`));
    for (let iy = y0; iy < y0 + ny; iy++)
      for (let ix = x0; ix < x0 + nx; ix++) expect(seen.has(`${ix},${iy}`)).toBe(true);
    expect(report.cells.filter((c) => c.count === 0).length).toBeGreaterThan(0);

    const located = locatedAsbRows(folder);
    expect(located).toBe(countPoliceUkFolder(folder).byType['Anti-social behaviour']);
    const counted = report.cells.reduce((n, c) => n + c.count, 0);
    // One ASB row of 2025-06 lies in Cheshire West, 45 km outside the force: a reported stray.
    expect(report.points.outliers).toBe(1);
    expect(counted + report.points.outliers).toBe(located);
    expect(counted).toBe(report.points.pointsCounted);

    const asb = readDerbyshireAsb('', '');
    const { grid } = countGrid(asb.eastings, asb.northings, { cellSize: 1000 });
    expect([grid.x0, grid.y0, grid.nx, grid.ny]).toEqual([x0, y0, nx, ny]);
    const pure = giStar(grid);
    for (const cell of report.cells) {
      const index = (cell.iy - y0) * nx + (cell.ix - x0);
      expect(cell.count).toBe(grid.counts[index]);
      expect(cell.giZ).toBe(pure.z[index]);
      expect(cell.pFdr).toBe(pure.pFdr[index]);
    }
    expect(report.cells.some((c) => c.class === 'hot-99')).toBe(true);
  }, 300_000);

  it('with --boundary and a month range, lists only cells centred inside the polygons', async (test) => {
    const folder = sharedData(test, 'policeuk', 'derbyshire');
    const boundaryFile = sharedData(test, 'boundaries', 'lsoa_E07000034.json');
    const report = JSON.parse(
      await runCli([
        'hotspots',
        join(folder, '2025-01'),
        join(folder, '2025-02'),
        join(folder, '2025-03'),
        '--categories',
        'asb',
        '--cell',
        '250',
        '--from',
        '2025-02',
        '--to',
        '2025-03',
        '--boundary',
        boundaryFile,
        '--json',
      ]),
    ) as HotspotsReport;
    const polygons = (JSON.parse(readFileSync(boundaryFile, 'utf8')) as FeatureCollection)
      .features as Feature<Polygon | MultiPolygon>[];
    const inside = (ix: number, iy: number) => {
      const centre = fromBng((ix + 0.5) * 250, (iy + 0.5) * 250);
      return polygons.some((p) => booleanPointInPolygon(centre, p));
    };
    expect(report.cells.length).toBe(report.grid.studyCells);
    expect(report.cells.length).toBeGreaterThan(500);
    for (const cell of report.cells) expect(inside(cell.ix, cell.iy)).toBe(true);
    const counted = report.cells.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(report.points.pointsCounted);
    const asbFebMar =
      countPoliceUkFolder(join(folder, '2025-02')).byType['Anti-social behaviour']! +
      countPoliceUkFolder(join(folder, '2025-03')).byType['Anti-social behaviour']!;
    expect(counted + report.points.outliers + report.points.outsideStudyArea).toBe(asbFebMar);
  }, 300_000);
});
