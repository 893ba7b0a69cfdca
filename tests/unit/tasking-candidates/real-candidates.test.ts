import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { toBng } from '../../../src/ingest/bng';
import { loadFiles } from '../../../src/ingest/load-files';
import { POLICE_UK_PREMISE_NAMES } from '../../../src/reports/tasking/candidate-places';
import type { CandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../../../src/reports/tasking/candidates-report';
import type { Candidate } from '../../../src/tasking/candidate';
import { DEFAULT_TASKING_SETTINGS } from '../../../src/tasking/tasking-state';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { sharedData, sharedDataIfPresent } from '../../support/shared-data';
import { insideGeometry } from './geometry';

/** The police.uk crime types that carry a harm weight by default (the rest weigh 0). */
const WEIGHTED_TYPES = new Set([
  'Anti-social behaviour',
  'Criminal damage and arson',
  'Public order',
]);
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

interface Row {
  location: string;
  easting: number;
  northing: number;
}

const folder = sharedDataIfPresent('policeuk', 'derbyshire');
let db: DuckConnector;
let report: CandidatesReport;
let recentRows: Row[];

beforeAll(async () => {
  if (!folder) return;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs(MONTHS_2025.map((m) => join(folder, m))));
  report = await taskingCandidatesReport(db, {
    meetingMonth: '2025-12',
    settings: DEFAULT_TASKING_SETTINGS,
  });
  // The recent months' weighted rows, read with papaparse rather than the loader under test.
  recentRows = report.recentMonths.flatMap((month) => {
    const text = readFileSync(join(folder, month, `${month}-derbyshire-street.csv`), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    return rows.data
      .filter((r) => WEIGHTED_TYPES.has(r['Crime type'] ?? '') && r.Longitude && r.Latitude)
      .map((r) => {
        const [easting, northing] = toBng(Number(r.Longitude), Number(r.Latitude));
        return { location: r.Location ?? '', easting, northing };
      });
  });
}, 300_000);
afterAll(async () => {
  await db?.close();
});

/** Incidents of the recent months in the candidate, counted from the rows and its geometry. */
function independentCount(candidate: Candidate): number {
  const inside = (r: Row) => insideGeometry(candidate.geometry, r.easting, r.northing);
  if (candidate.kind === 'hotspot-cluster') return recentRows.filter(inside).length;
  const name = candidate.name.replace(/ (near|\d+ m from) .*$/, '');
  // police.uk writes "Alward'S Close"; the candidate "Alward's Close": the same name in any case.
  const text = `On or near ${name}`.toLowerCase();
  const named = recentRows.filter((r) => r.location.toLowerCase() === text && inside(r));
  if (candidate.kind === 'street') return named.length;
  // A repeat location is one snap point, at the centre of its square.
  const ring = candidate.geometry[0]?.[0] ?? [];
  const e = (Math.min(...ring.map((p) => p[0])) + Math.max(...ring.map((p) => p[0]))) / 2;
  const n = (Math.min(...ring.map((p) => p[1])) + Math.max(...ring.map((p) => p[1]))) / 2;
  return named.filter((r) => Math.hypot(r.easting - e, r.northing - n) < 18).length;
}

describe('candidates for the December 2025 meeting on real Derbyshire data', () => {
  it('are found over October–December against the 9 months of 2025 before, 2024’s named missing', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    expect(report.dataMonth).toBe('2025-12');
    expect(report.recentMonths).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(report.baselineMonths).toEqual(MONTHS_2025.slice(0, 9));
    expect(report.missingMonths).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(report.candidates.length).toBe(2 * DEFAULT_TASKING_SETTINGS.candidateCount);
    for (const c of report.candidates) {
      expect(c.monthly.slice(0, 3).map((m) => m.count)).toEqual([null, null, null]);
      expect(c.baseline.months).toEqual(report.baselineMonths);
      expect(c.sentence).toContain('with data of the 12 before');
    }
  });

  it('are named by street names, not "On or near" and not a premises type alone', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    for (const c of report.candidates) {
      expect(c.name).not.toMatch(/on or near/i);
      if (c.kind === 'repeat-location') continue;
      const streets = c.name.replace(/^around /, '').split(' / ');
      for (const street of streets) expect(POLICE_UK_PREMISE_NAMES.has(street)).toBe(false);
    }
  });

  it('count exactly the incidents an independent count finds in each place', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const counts = report.candidates.map((c) => ({
      name: `${c.kind} ${c.name}`,
      counted: c.recent.count,
      independent: independentCount(c),
    }));
    expect(counts.filter((c) => c.counted !== c.independent)).toEqual([]);
    expect(counts.every((c) => c.counted >= DEFAULT_TASKING_SETTINGS.minCount)).toBe(true);
  });

  it('split Derby city centre into several street-scale places of at most 1 km² each', (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const clusters = report.candidates.filter((c) => c.kind === 'hotspot-cluster');
    const km2 = (c: Candidate) =>
      c.geometry.reduce((sum, polygon) => {
        const ring = polygon[0] ?? [];
        let twice = 0;
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x, y] = ring[i] as [number, number];
          const [x2, y2] = ring[i + 1] as [number, number];
          twice += x * y2 - x2 * y;
        }
        return sum + Math.abs(twice) / 2 / 1e6;
      }, 0);
    for (const c of clusters) expect(km2(c)).toBeLessThanOrEqual(1);
    // Derby's centre (the 2 km square around the Market Place, SK 352 363) holds several places.
    const inCentre = clusters.filter((c) => {
      const [e, n] = c.geometry[0]?.[0]?.[0] ?? [0, 0];
      return Math.abs(e - 435200) < 1000 && Math.abs(n - 336300) < 1000;
    });
    expect(inCentre.length).toBeGreaterThanOrEqual(3);
    expect(new Set(inCentre.map((c) => c.name)).size).toBe(inCentre.length);
  });

  it("write a possessive 's in lower case where police.uk capitalises it (Alward's Close)", (test) => {
    sharedData(test, 'policeuk', 'derbyshire');
    const text = report.candidates.map((c) => c.sentence).join('\n');
    expect(text).not.toMatch(/\p{L}'S\b/u);
    expect(text).toContain("Alward's Close");
  });
});
