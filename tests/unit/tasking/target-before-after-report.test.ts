import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import {
  targetBeforeAfterReport,
  targetsBeforeAfterReport,
} from '../../../src/reports/tasking/target-before-after-report';
import type { StudyAreaInput } from '../../../src/reports/hotspots/study-area';
import { bngToLonLat } from '../../../src/tasking/drawn-geometry';
import type { Target } from '../../../src/tasking/tasking-state';
import { PROBLEM, rect, squareAt } from './fixtures';

/**
 * The target is the 200 m square (438000, 371000)–(438200, 371200), with a 100 m buffer.
 * Map points: IN the target; RING 50 m east of it (buffer); CORNER 127 m from its north-east
 * corner (inside the buffer's box, outside the ring: control); FAR 7 km away (control).
 */
const IN: [number, number] = [438100, 371100];
const RING: [number, number] = [438250, 371100];
const CORNER: [number, number] = [438290, 371290];
const FAR: [number, number] = [445000, 375000];

/** ASB incidents per month at each point; March 2025 has no data at all. */
const ASB: Record<string, [point: [number, number], count: number][]> = {
  '2024-12': [
    [IN, 5],
    [RING, 2],
    [CORNER, 1],
    [FAR, 19],
  ],
  '2025-01': [
    [IN, 4],
    [RING, 2],
    [CORNER, 1],
    [FAR, 19],
  ],
  '2025-02': [
    [IN, 3],
    [RING, 2],
    [CORNER, 1],
    [FAR, 19],
  ],
  '2025-04': [
    [IN, 2],
    [RING, 2],
    [CORNER, 2],
    [FAR, 18],
  ],
  // May: no ASB in the target, but the month has data: a true zero.
  '2025-05': [
    [RING, 3],
    [CORNER, 2],
    [FAR, 18],
  ],
  '2025-06': [
    [IN, 1],
    [RING, 3],
    [CORNER, 2],
    [FAR, 18],
  ],
};

function rows(): string[] {
  const out: string[] = [];
  let record = 0;
  const row = (month: string, point: [number, number] | null, category: string) => {
    record++;
    const [e, n] = point ?? [null, null];
    out.push(
      `('police.uk', 'test|${month}', '${month}.csv', ${record}, DATE '${month}-01', ${e ?? 'NULL'}, ${n ?? 'NULL'}, ${point ? 'NULL' : "'no coordinates'"}, 'Anti-social behaviour', '${category}')`,
    );
  };
  for (const [month, points] of Object.entries(ASB))
    for (const [point, count] of points) for (let k = 0; k < count; k++) row(month, point, 'asb');
  // Not ASB, in the target: left out by the category filter, but it gives May data of its own.
  row('2025-05', IN, 'criminal-damage');
  // ASB without coordinates: in no zone.
  row('2025-06', null, 'asb');
  return out;
}

const tasked = (id: string, geometry: Target['geometry'], taskedMonth: string | null): Target => ({
  id,
  name: id,
  geometry,
  origin: { kind: 'drawn', ref: null },
  status: taskedMonth ? 'active' : 'nominated',
  leadAgency: taskedMonth ? 'Police' : null,
  problem: PROBLEM,
  nominatedMonth: '2025-03',
  taskedMonth,
  closure: null,
  history: [],
});

const TARGET = tasked('T-001', squareAt(438000, 371000, 200), '2025-04');
const OPTIONS = { meetingMonth: '2025-07', bufferMetres: 100, filter: { categories: ['asb'] } };

let db: DuckConnector;
beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  await db.exec(`INSERT INTO incidents (source, load_key, file_name, record, month, easting, northing,
    unlocated_reason, original_type, category) VALUES ${rows().join(',\n')}`);
});
afterAll(async () => {
  await db?.close();
});

describe('a target before/after record from DuckDB', () => {
  it('classifies incidents into target, buffer ring and control, month by month', async () => {
    const record = await targetBeforeAfterReport(db, TARGET, OPTIONS);
    expect(record.afterMonths).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(record.beforeMonths).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(record.missingMonths).toEqual(['2025-03']);
    expect(record.target).toMatchObject({ before: 12, after: 3 });
    expect(record.buffer).toMatchObject({ before: 6, after: 8, widthMetres: 100 });
    // Control: FAR and CORNER, (19 + 1) × 3 before and (18 + 2) × 3 after.
    expect(record.control).toMatchObject({ before: 60, after: 60 });
    // (8/60 − 6/60) / (3/60 − 12/60) = −2/9.
    expect(record.wdq).toBeCloseTo(-2 / 9, 12);
    // R: t <- poisson.test(c(3, 12), c(3, 3)); sprintf("%.15g", c(t$estimate, t$conf.int))
    // "0.25" "0.0452728636054727" "0.926378193717704"
    expect(record.target.rateRatio?.estimate).toBeCloseTo(0.25, 12);
    expect(record.target.rateRatio?.lower).toBeCloseTo(0.0452728636054727, 9);
    expect(record.target.rateRatio?.upper).toBeCloseTo(0.926378193717704, 9);
  });

  it('leaves the month without data out instead of counting it as zero, and counts May as a true zero', async () => {
    const record = await targetBeforeAfterReport(db, TARGET, OPTIONS);
    expect(record.monthly).toEqual([
      { month: '2024-12', count: 5 },
      { month: '2025-01', count: 4 },
      { month: '2025-02', count: 3 },
      { month: '2025-03', count: null },
      { month: '2025-04', count: 2 },
      { month: '2025-05', count: 0 },
      { month: '2025-06', count: 1 },
    ]);
    expect(record.caveats).toContain(
      'No data for March 2025: left out of both periods, not counted as zero.',
    );
  });

  it('with a study area, the control is only the incidents inside it', async () => {
    // A 2 km square around the target (WGS84, as boundaries arrive): CORNER is in, FAR is out.
    const box = bngToLonLat([[rect(437000, 370000, 439000, 372000)]]);
    const ring = box.coordinates[0]?.[0] ?? [];
    const studyArea: StudyAreaInput = {
      key: 'test-square',
      label: 'test square',
      areaCount: 1,
      polygons: [[Float64Array.from(ring.flat())]],
    };
    const record = await targetBeforeAfterReport(db, TARGET, { ...OPTIONS, studyArea });
    expect(record.control).toMatchObject({ before: 3, after: 6 });
    // (8/6 − 6/3) / (3/6 − 12/3) = (−2/3) / (−7/2) = 4/21: a diffusion of benefit.
    expect(record.wdq).toBeCloseTo(4 / 21, 12);
  });

  it('many targets at once give the same records as one at a time', async () => {
    const targets = [
      TARGET,
      tasked('T-002', squareAt(444900, 374900, 200), '2025-05'),
      tasked('T-003', squareAt(441000, 371000, 100), null),
    ];
    const records = await targetsBeforeAfterReport(db, targets, OPTIONS);
    expect(records.map((r) => r.targetId)).toEqual(['T-001', 'T-002', 'T-003']);
    for (const [k, target] of targets.entries())
      expect(records[k]).toEqual(await targetBeforeAfterReport(db, target, OPTIONS));
    // T-002 holds FAR: tasked in May, 2 months after (May, June) against the 2 months with data
    // before May, April and (March having none) February.
    expect(records[1]).toMatchObject({
      beforeMonths: ['2025-02', '2025-04'],
      afterMonths: ['2025-05', '2025-06'],
      missingMonths: ['2025-03'],
      target: { before: 37, after: 36 },
    });
    expect(records[2]?.caveats).toEqual([
      'T-003 has not been tasked, so it has no before/after record yet.',
    ]);
  });
});
