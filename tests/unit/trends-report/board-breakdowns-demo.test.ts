import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import type { BoardReport } from '../../../src/reports/board-report';
import { boardReport } from '../../../src/reports/board-report';
import { readMappingsFlag } from '../../../scripts/cli/local-mapping';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { runCli } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO = join(REPO_ROOT, 'data/demo');
let db: DuckConnector;
let report: BoardReport;

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'local/council-asb-cases.csv')))
    throw new Error(`${DEMO}/local is missing: run npm run demo-data first`);
  const out = mkdtempSync(join(tmpdir(), 'board-breakdowns-'));
  await runCli(['local-mapping', join(DEMO, 'local'), '--out', out]);
  const mappings = readMappingsFlag(join(out, 'mappings.json'));
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(
    db,
    nodeInputs([join(DEMO, 'policeuk'), join(DEMO, 'local')]),
    undefined,
    undefined,
    { mappings },
  );
  report = await boardReport(db, { reportingMonth: '2025-12' });
}, 300_000);
afterAll(async () => {
  await db?.close();
});

describe("the board's strategy sub-categories on the demo borough with its local extracts", () => {
  it('breaks ASB down into personal, nuisance and environmental, adding up to the headline', () => {
    const asb = report.headlines.find((h) => h.category === 'asb');
    const breakdown = asb?.breakdown;
    if (!asb || !breakdown?.shown) throw new Error(`no ASB breakdown: ${JSON.stringify(asb)}`);
    expect(breakdown.lines.map((l) => l.label)).toEqual(
      expect.arrayContaining(['ASB – personal', 'ASB – nuisance', 'ASB – environmental']),
    );
    for (const period of ['current', 'previous'] as const) {
      const values = breakdown.lines.map((l) => l[period]);
      const shown = values.filter((v): v is number => v !== null);
      const hidden = values.length - shown.length;
      const rest = (asb[period] ?? 0) - shown.reduce((a, b) => a + b, 0);
      // Nothing hidden: the lines add up to the headline; one hidden line would be given away.
      if (hidden === 0) expect(rest).toBe(0);
      else expect(hidden).toBeGreaterThanOrEqual(2);
      expect(shown.filter((v) => v >= 1 && v <= 4)).toEqual([]);
    }
  });

  it('breaks criminal damage and arson down with the fire service’s primary and secondary arson', () => {
    const damage = report.headlines.find((h) => h.category === 'criminal-damage-arson');
    const breakdown = damage?.breakdown;
    if (!breakdown?.shown) throw new Error(`no breakdown: ${JSON.stringify(damage)}`);
    expect(breakdown.lines.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Arson – primary', 'Arson – secondary']),
    );
  });

  it('gives no breakdown under a category no extract breaks down', () => {
    expect(report.headlines.find((h) => h.category === 'public-order')?.breakdown).toBeNull();
  });
});
