import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import { tacticalAssessmentReport } from '../../../src/reports/tasking/tactical-assessment-report';
import { policeUkFile, policeUkRow } from '../../support/police-uk-csv';

/** ASB and criminal damage per month; 2025-10 has no file at all (missing, not zero). */
const MONTHS: Record<string, { asb: number; damage: number }> = {
  '2024-11': { asb: 6, damage: 1 },
  '2025-09': { asb: 4, damage: 0 },
  '2025-11': { asb: 8, damage: 2 },
};

let db: DuckConnector;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'assessment-'));
  for (const [month, { asb, damage }] of Object.entries(MONTHS)) {
    const rows = [
      ...Array.from({ length: asb }, () => policeUkRow({ month })),
      ...Array.from({ length: damage }, () =>
        policeUkRow({
          month,
          id: `cd-${month}-${Math.random()}`,
          type: 'Criminal damage and arson',
        }),
      ),
    ];
    mkdirSync(join(folder, month));
    writeFileSync(join(folder, month, `${month}-test-street.csv`), policeUkFile(rows));
  }
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([folder]));
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('the tactical assessment', () => {
  it('reads the latest month with data up to the meeting month, per category', async () => {
    const assessment = await tacticalAssessmentReport(db, '2025-12');
    expect(assessment.month).toBe('2025-11');
    const asb = assessment.categories.find((c) => c.category === 'asb');
    expect(asb?.comparisons.sameMonthLastYear.current.count).toBe(8);
    expect(asb?.comparisons.sameMonthLastYear.previous.count).toBe(6);
    expect(asb?.comparisons.sameMonthLastYear.rateRatio?.estimate).toBeCloseTo(8 / 6, 10);
    const damage = assessment.categories.find((c) => c.category === 'criminal-damage-arson');
    expect(damage?.comparisons.sameMonthLastYear.current.count).toBe(2);
  });

  it('gives no count and no ratio, never 0, for a month without data', async () => {
    const assessment = await tacticalAssessmentReport(db, '2025-11');
    const asb = assessment.categories.find((c) => c.category === 'asb');
    const lastMonth = asb?.comparisons.monthOnMonth;
    expect(lastMonth?.previous).toMatchObject({ from: '2025-10', count: null });
    expect(lastMonth?.rateRatio).toBeNull();
    expect(lastMonth?.verdict).toBe('notComparable');
    expect(assessment.missingMonths).toContain('2025-10');
  });
});
