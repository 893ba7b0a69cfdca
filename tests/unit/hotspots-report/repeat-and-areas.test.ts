import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/analytics/months';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { bytesInput } from '../../../src/ingest/input-file';
import { loadFiles } from '../../../src/ingest/load-files';
import { areasReport, parsePopulationCsv } from '../../../src/reports/areas-report';
import { patternsReport } from '../../../src/reports/patterns-report';
import { monthSteps } from '../../../src/reports/hotspots/space-time-patterns';
import { areaPolygons } from '../../../src/reports/polygon-lookup';
import { repeatLocationsReport } from '../../../src/reports/repeat-locations-report';
import { policeUkFile, policeUkRow } from '../../support/police-uk-csv';

const MARKET = { lon: '-1.425', lat: '53.235', location: 'On or near Market Street' };
const MARKET_EAST = { lon: '-1.4195', lat: '53.235', location: 'On or near Market Street' };
const PARK = { lon: '-1.410', lat: '53.240', location: 'On or near Park Road' };

/** Five months of files; 2025-03 has no file at all (missing, not zero). */
const MONTHS: Record<string, string[]> = {
  '2025-01': [
    policeUkRow({ ...MARKET, month: '2025-01' }),
    policeUkRow({ ...PARK, month: '2025-01' }),
  ],
  '2025-02': [
    policeUkRow({ ...MARKET, month: '2025-02' }),
    policeUkRow({ ...MARKET, month: '2025-02' }),
  ],
  '2025-04': [
    ...Array.from({ length: 3 }, () => policeUkRow({ ...MARKET, month: '2025-04' })),
    policeUkRow({ ...MARKET_EAST, month: '2025-04', type: 'Criminal damage and arson', id: 'x1' }),
  ],
  '2025-05': Array.from({ length: 4 }, () => policeUkRow({ ...MARKET, month: '2025-05' })),
  '2025-06': [
    ...Array.from({ length: 5 }, () => policeUkRow({ ...MARKET, month: '2025-06' })),
    policeUkRow({ ...PARK, month: '2025-06', lon: '', lat: '' }),
  ],
};

let db: DuckConnector;
beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  const inputs = Object.entries(MONTHS).map(([month, rows]) =>
    bytesInput(`${month}/${month}-test-street.csv`, policeUkFile(rows)),
  );
  await loadFiles(db, inputs);
});

describe('month steps of a space-time analysis', () => {
  it('drop a month with no data at all instead of counting it as zero', async () => {
    const steps = monthSteps(
      ['2025-01', '2025-02', '2025-04'],
      Int32Array.from([monthIndex('2025-04')]),
    );
    expect(steps.steps).toEqual(['2025-01', '2025-02', '2025-04']);
    expect(steps.missingMonths).toEqual(['2025-03']);
    expect(Array.from(steps.stepOfPoint)).toEqual([2]);
    const report = await patternsReport(db, { categories: ['asb'] }, { cellSize: 250 });
    expect(report.steps).toEqual(['2025-01', '2025-02', '2025-04', '2025-05', '2025-06']);
    expect(report.missingMonths).toEqual(['2025-03']);
    expect(report.points).toEqual({ counted: 16, leftOut: 0, unlocated: 1 });
  });
});

describe('repeat locations', () => {
  it('rank snap points by count with their category mix, last 3 months against the previous 3', async () => {
    const report = await repeatLocationsReport(db, {}, 'place');
    expect(report.months).toEqual(['2025-01', '2025-02', '2025-04', '2025-05', '2025-06']);
    expect(report.lastThreeMonths).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(report.previousThreeMonths).toEqual(['2025-01', '2025-02']);
    const [top, second] = report.locations;
    expect(top).toMatchObject({ name: 'On or near Market Street', total: 15, points: 1 });
    expect(top?.categoryMix).toEqual({ asb: 15 });
    expect(top?.monthly).toEqual([1, 2, 3, 4, 5]);
    expect([top?.lastThree, top?.previousThree]).toEqual([12, 3]);
    expect(top?.trend.direction).toBe('rising');
    expect(second).toMatchObject({
      name: 'On or near Market Street',
      total: 1,
      categoryMix: { 'criminal-damage-arson': 1 },
    });
  });

  it('group streets without the "On or near" prefix, over all their points, and follow the filter', async () => {
    const report = await repeatLocationsReport(db, { fromMonth: '2025-04' }, 'street');
    expect(report.locations.map((l) => [l.name, l.total, l.points])).toEqual([
      ['Market Street', 13, 2],
    ]);
    expect(report.locations[0]?.categoryMix).toEqual({ asb: 12, 'criminal-damage-arson': 1 });
  });
});

function square(code: string, name: string, west: number, south: number, population?: number) {
  const ring = [
    [west, south],
    [west + 0.01, south],
    [west + 0.01, south + 0.01],
    [west, south + 0.01],
    [west, south],
  ];
  return {
    type: 'Feature' as const,
    properties: { code, name, ...(population ? { population } : {}) },
    geometry: { type: 'Polygon' as const, coordinates: [ring] },
  };
}

describe('counts and rates by area', () => {
  const wards: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      square('W1', 'Market ward', -1.43, 53.23, 2000),
      square('W2', 'Park ward', -1.415, 53.236),
      square('W3', 'Empty ward', -1.5, 53.3, 500),
    ],
  };

  it('assign each point to its polygon once and count by area, zeros and rates included', async () => {
    const layer = { name: 'test wards', areas: areaPolygons(wards) };
    const population = parsePopulationCsv('LSOA,Name,Population\nW2,"Park, ward",4000\n');
    const report = await areasReport(db, { categories: ['asb'] }, layer, population);
    expect(report.areas).toEqual([
      { code: 'W1', name: 'Market ward', count: 15, population: 2000, ratePer1000: 7.5 },
      { code: 'W2', name: 'Park ward', count: 1, population: 4000, ratePer1000: 0.25 },
      { code: 'W3', name: 'Empty ward', count: 0, population: 500, ratePer1000: 0 },
    ]);
    expect(report.unlocated).toBe(1);
    const again = await areasReport(db, {}, layer, population);
    expect(again.areas.map((a) => a.count)).toEqual([15, 1, 0]);
    expect(again.outsideAreas).toBe(1); // the criminal damage at Market Street east is in no ward
    const [assigned] = await db.query<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM point_areas WHERE layer = 'test wards'",
    );
    expect(assigned?.n).toBe(3);
  });
});
