import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { parseBoundaryFile } from '../../../src/reports/boundary-layer';
import { studyAreaInput } from '../../../src/reports/hotspots/study-area';
import { areaPolygons } from '../../../src/reports/polygon-lookup';
import { outsideStudyAreaText } from '../../../src/reports/tasking/candidate-study-area';
import type { CandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { sharedData, sharedDataIfPresent } from '../../support/shared-data';

/** The police.uk crime types that carry a harm weight by default (the rest weigh 0). */
const WEIGHTED_TYPES = new Set([
  'Anti-social behaviour',
  'Criminal damage and arson',
  'Public order',
]);
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

const folder = sharedDataIfPresent('policeuk', 'derbyshire');
const wardsPath = sharedDataIfPresent('boundaries', 'wards_E07000034.json');
let db: DuckConnector;
let report: CandidatesReport;
let wards: Feature<Polygon | MultiPolygon>[];

beforeAll(async () => {
  if (!folder || !wardsPath) return;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs(MONTHS_2025.map((m) => join(folder, m))));
  const layer = parseBoundaryFile(wardsPath, readFileSync(wardsPath, 'utf8'));
  wards = (layer.geojson as FeatureCollection<Polygon | MultiPolygon>).features;
  report = await taskingCandidatesReport(db, {
    meetingMonth: '2025-12',
    settings: DEFAULT_TASKING_SETTINGS,
    studyArea: studyAreaInput([layer]),
    areaLayer: { name: layer.name, areas: areaPolygons(layer.geojson, layer.nameProperty) },
  });
}, 600_000);
afterAll(async () => {
  await db?.close();
});

/** Weighted incidents of 2025 outside every Chesterfield ward, read and tested with turf. */
function independentOutside(): { incidents: number; recent: number } {
  let incidents = 0;
  let recent = 0;
  for (const month of MONTHS_2025) {
    const path = join(folder as string, month, `${month}-derbyshire-street.csv`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const r of rows) {
      if (!WEIGHTED_TYPES.has(r['Crime type'] ?? '') || !r.Longitude || !r.Latitude) continue;
      const at = point([Number(r.Longitude), Number(r.Latitude)]);
      if (wards.some((w) => booleanPointInPolygon(at, w))) continue;
      incidents++;
      if (month >= '2025-10') recent++;
    }
  }
  return { incidents, recent };
}

describe('candidates on real Derbyshire data with the Chesterfield wards loaded', () => {
  it('are all inside the wards: the police.uk point "Nottingham" and Derby are left out', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    sharedData(test, 'boundaries', 'wards_E07000034.json');
    expect(report.candidates.length).toBeGreaterThan(0);
    for (const c of report.candidates.slice(0, DEFAULT_TASKING_SETTINGS.candidateCount)) {
      expect(c.name).not.toMatch(/Nottingham|Wardwick|Prime Parkway|Colvile Street/);
      // Its box's centre, back in WGS84, lies in a ward.
      const [west, south, east, north] = c.box;
      const centre = point([(west + east) / 2, (south + north) / 2]);
      expect(
        wards.some((w) => booleanPointInPolygon(centre, w)),
        `${c.name} is inside the wards`,
      ).toBe(true);
    }
  });

  it('say how many incidents and places were left out, as an independent count finds', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    sharedData(test, 'boundaries', 'wards_E07000034.json');
    const outside = report.outsideStudyArea!;
    expect(outside.basis).toBe('boundaries');
    const independent = independentOutside();
    // turf tests in degrees and we in BNG metres: a point within a metre of a ward edge may
    // fall either way, so allow a handful in some 20,000.
    expect(Math.abs(outside.incidents - independent.incidents)).toBeLessThanOrEqual(5);
    expect(Math.abs(outside.recentIncidents - independent.recent)).toBeLessThanOrEqual(5);
    expect(outside.places).toBeGreaterThan(1000);
    // The busiest places left out are named, busiest first, without police.uk's "On or near".
    expect(outside.top.length).toBe(3);
    expect(outside.top.map((p) => p.recent)).toEqual(
      [...outside.top.map((p) => p.recent)].sort((a, b) => b - a),
    );
    for (const p of outside.top) expect(p.name).not.toMatch(/on or near/i);
    const text = outsideStudyAreaText(outside, 'Chesterfield wards')!;
    expect(text).toContain('outside the study area (Chesterfield wards)');
    expect(text).toContain(`${outside.incidents.toLocaleString('en-GB')} incidents`);
    const [first] = outside.top;
    expect(text).toContain(`most at ${first!.name} (${first!.recent})`);
  });
});
