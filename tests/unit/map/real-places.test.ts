import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { pointsFrame } from '../../../src/features/map/points-frame';
import { toBng } from '../../../src/ingest/bng';
import { loadFiles } from '../../../src/ingest/load-files';
import type { MapPoints } from '../../../src/queries/map-points';
import { cellPlaceNames } from '../../../src/reports/hotspots/cell-place-names';
import { isStreetName, streetName } from '../../../src/reports/tasking/candidate-places';
import { mapPointsSql } from '../../../src/sql/map-points';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { sharedData, sharedDataIfPresent } from '../../support/shared-data';

const MONTHS = ['2025-11', '2025-12'];
const CELL = 250;
const folder = sharedDataIfPresent('policeuk', 'derbyshire');
let db: DuckConnector;

beforeAll(async () => {
  if (!folder) return;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs(MONTHS.map((m) => join(folder, m))));
}, 600_000);
afterAll(async () => {
  await db?.close();
});

/** Every row of the two months with coordinates, read with papaparse, not the loader. */
function csvRows(dir: string) {
  return MONTHS.flatMap((m) => {
    const text = readFileSync(join(dir, m, `${m}-derbyshire-street.csv`), 'utf8');
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
      .data.filter((r) => r.Longitude && r.Latitude)
      .map((r) => ({
        lon: Number(r.Longitude),
        lat: Number(r.Latitude),
        location: r.Location ?? '',
      }));
  });
}

describe('place context on real Derbyshire months', () => {
  it('frames Derbyshire, leaving out the strays across the UK', async (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const cols = await db.queryColumns(mapPointsSql({}));
    const points: MapPoints = {
      longitude: cols.longitude as Float64Array,
      latitude: cols.latitude as Float64Array,
      easting: cols.easting as Float64Array,
      northing: cols.northing as Float64Array,
      count: cols.count as Float64Array,
      location: cols.location as (string | null)[],
      length: (cols.longitude as Float64Array).length,
    };
    const lons = Array.from(points.longitude);
    // The raw extent runs far outside the county (stray snap points elsewhere in the UK).
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThan(1.5);
    const [west, south, east, north] = pointsFrame(points) ?? [0, 0, 0, 0];
    expect(west).toBeGreaterThan(-2.2);
    expect(east).toBeLessThan(-1.1);
    expect(south).toBeGreaterThan(52.6);
    expect(north).toBeLessThan(53.6);
    expect(east - west).toBeLessThan((Math.max(...lons) - Math.min(...lons)) / 2);
    // …and still holds Derby, Buxton and Chesterfield.
    for (const [lon, lat] of [
      [-1.476, 52.922],
      [-1.911, 53.259],
      [-1.421, 53.235],
    ] as const) {
      expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
    }
  });

  it('names the busiest cells by the most frequent streets of their own incidents', async (test) => {
    const dir = sharedData(test, 'policeuk', 'derbyshire');
    const busiest = await db.query<{ ix: number; iy: number }>(
      `SELECT floor(easting / ${CELL})::INTEGER AS ix, floor(northing / ${CELL})::INTEGER AS iy
       FROM incidents WHERE easting IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 5`,
    );
    const names = await cellPlaceNames(db, {}, busiest, 'square', CELL);
    const rows = csvRows(dir);
    for (const cell of busiest) {
      const tally = new Map<string, number>();
      for (const r of rows) {
        const [e, n] = toBng(r.lon, r.lat);
        if (Math.floor(e / CELL) !== cell.ix || Math.floor(n / CELL) !== cell.iy) continue;
        const name = streetName(r.location);
        tally.set(name, (tally.get(name) ?? 0) + 1);
      }
      const name = names.get(`${cell.ix},${cell.iy}`) ?? '';
      const first = name.split(' / ')[0] ?? '';
      const topStreet = Math.max(
        ...[...tally.entries()].filter(([street]) => isStreetName(street)).map(([, c]) => c),
      );
      // The first name is the cell's most frequent street (premises types never name it).
      expect(tally.get(first), `${cell.ix},${cell.iy} ${name}`).toBe(topStreet);
    }
  });
});
