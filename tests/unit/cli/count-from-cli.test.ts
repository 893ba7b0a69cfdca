import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countPoliceUkFolder } from '../../support/independent-count';
import { runCli, runCliProcess } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const POLICE_UK_ROOT = join(REPO_ROOT, 'data/demo/policeuk');
/** The demo's 2025 police.uk months (loading all 36 is slow on a shared machine). */
const POLICE_UK = existsSync(POLICE_UK_ROOT)
  ? readdirSync(POLICE_UK_ROOT)
      .filter((month) => month >= '2025-01')
      .map((month) => join(POLICE_UK_ROOT, month))
  : [];
const LOCAL = join(REPO_ROOT, 'data/demo/local');
const COUNCIL = join(LOCAL, 'council-asb-cases.csv');

interface CountingEntry {
  category: string;
  source: string;
  reason: string;
  defaultSource: string;
  count: number;
  alsoRecorded: { source: string; count: number }[];
}

/** The demo's local extracts have deliberately bad rows: exit code 1, the report still printed. */
async function json<T>(args: string[]): Promise<T> {
  const run = await runCliProcess([...args, '--json']);
  expect(run.code, run.stderr).toBeLessThanOrEqual(1);
  return JSON.parse(run.stdout) as T;
}

/** police.uk ASB rows counted with papaparse, not the code under test. */
function policeUkAsbRows(): number {
  return POLICE_UK.reduce(
    (sum, folder) => sum + (countPoliceUkFolder(folder).byType['Anti-social behaviour'] ?? 0),
    0,
  );
}

let mapping = '';

beforeAll(async () => {
  if (!existsSync(COUNCIL) || POLICE_UK.length === 0)
    throw new Error(`${COUNCIL} is missing: run npm run demo-data first`);
  const out = mkdtempSync(join(tmpdir(), 'count-from-'));
  await runCli(['local-mapping', LOCAL, '--out', out]);
  mapping = join(out, 'mappings.json');
}, 120_000);

describe('cli: each category counted from one source (demo borough)', () => {
  it('counts ASB from the council extract by default, not the sum of police.uk, the police log and the council', async () => {
    const [all, councilOnly] = await Promise.all([
      json<{ byCategory: Record<string, number>; countingSources: CountingEntry[] }>([
        'summary',
        '--mapping',
        mapping,
        ...POLICE_UK,
        LOCAL,
      ]),
      json<{ byCategory: Record<string, number> }>(['summary', '--mapping', mapping, COUNCIL]),
    ]);
    const policeUkAsb = policeUkAsbRows();
    const councilAsb = councilOnly.byCategory.asb ?? 0;
    const asb = all.countingSources.find((c) => c.category === 'asb');
    const policeLog = asb?.alsoRecorded.find((o) => o.source === 'police-incidents')?.count ?? 0;

    expect(councilAsb).toBeGreaterThan(0);
    expect(policeLog).toBeGreaterThan(0);
    expect(all.byCategory.asb).toBe(councilAsb);
    expect(all.byCategory.asb).not.toBe(policeUkAsb + councilAsb + policeLog);
    expect(asb).toEqual({
      category: 'asb',
      source: 'council-asb-cases',
      reason: 'local-extract',
      defaultSource: 'council-asb-cases',
      count: councilAsb,
      alsoRecorded: [
        { source: 'police.uk', count: policeUkAsb },
        { source: 'police-incidents', count: policeLog },
      ],
    });
    // Other crime stays police.uk's: the fire service's accidental fires are not summed into it.
    expect(all.countingSources.find((c) => c.category === 'other-crime')?.source).toBe('police.uk');
  }, 600_000);

  it('counts ASB from police.uk when asked (--count-from), in an analysis command', async () => {
    const report = await json<{
      countingSources: CountingEntry[];
      points: Record<string, number>;
    }>([
      'hotspots',
      '--mapping',
      mapping,
      '--categories',
      'asb',
      '--count-from',
      'asb=police.uk',
      ...POLICE_UK,
      LOCAL,
    ]);
    const policeUkAsb = policeUkAsbRows();
    const { pointsCounted, outliers, outsideStudyArea, unlocated } = report.points;
    expect(
      (pointsCounted ?? 0) + (outliers ?? 0) + (outsideStudyArea ?? 0) + (unlocated ?? 0),
    ).toBe(policeUkAsb);
    expect(report.countingSources.map((c) => [c.category, c.source, c.reason])).toEqual([
      ['asb', 'police.uk', 'chosen'],
    ]);
  }, 600_000);

  it('refuses a counting choice for a sub-category or an unknown category (usage, exit 2)', async () => {
    const sub = await runCliProcess([
      'trends',
      ...POLICE_UK,
      '--count-from',
      'asb-nuisance=police.uk',
    ]);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('--count-from');
  });
});
