import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { areaPolygons } from '../../../src/reports/polygon-lookup';
import type { CandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO = join(REPO_ROOT, 'data/demo');
const MONTHS = Array.from({ length: 15 }, (_, i) => {
  const index = 2024 * 12 + 9 + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
});
const WEIGHTED = new Set(['Anti-social behaviour', 'Criminal damage and arson', 'Public order']);
let db: DuckConnector;
let wards: FeatureCollection;
let report: CandidatesReport;

beforeAll(async () => {
  wards = JSON.parse(readFileSync(join(DEMO, 'wards.geojson'), 'utf8')) as FeatureCollection;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs(MONTHS.map((m) => join(DEMO, 'policeuk', m))));
  report = await taskingCandidatesReport(db, {
    meetingMonth: '2025-12',
    settings: { ...DEFAULT_TASKING_SETTINGS, candidateCount: 30 },
    areaLayer: { name: 'wards', areas: areaPolygons(wards) },
  });
}, 300_000);
afterAll(async () => {
  await db?.close();
});

describe('wards as candidates on the demo borough', () => {
  it('propose a ward only when it is rising or signalling, with its count checked independently', () => {
    const areas = report.candidates.filter((c) => c.kind === 'area');
    const recent = report.recentMonths.flatMap((month) => {
      const file = join(DEMO, 'policeuk', month, `${month}-demo-street.csv`);
      const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      return rows.filter((r) => WEIGHTED.has(r['Crime type'] ?? '') && r.Longitude);
    });
    for (const area of areas) {
      expect((area.change?.lower ?? 0) > 1 || area.exceedance).toBe(true);
      const code = area.id.replace(/^area:/, '');
      const ward = wards.features.find((f) => f.properties?.code === code) as Feature<
        Polygon | MultiPolygon
      >;
      const inside = recent.filter((r) =>
        booleanPointInPolygon([Number(r.Longitude), Number(r.Latitude)], ward),
      );
      expect(area.recent.count).toBe(inside.length);
      expect(area.name).toBe(ward.properties?.name);
    }
    // Busy wards with no rise and no signal stay out, so streets and hotspots lead.
    expect(areas.length).toBeGreaterThan(0);
    expect(areas.length).toBeLessThan(wards.features.length / 2);
    expect(report.candidates[0]?.kind).toBe('hotspot-cluster');
  });
});
