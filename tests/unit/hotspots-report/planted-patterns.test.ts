import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { loadFiles } from '../../../src/ingest/load-files';
import type { PatternsReport } from '../../../src/reports/patterns-report';
import { patternsReport } from '../../../src/reports/patterns-report';
import { nodeInputs } from '../../../scripts/cli/node-inputs';
import { REPO_ROOT } from '../../support/shared-data';

interface PlantedTruth {
  cellSize: number;
  patterns: { id: string; expectedClass: string; cells: { ix: number; iy: number }[] }[];
}

const DEMO = join(REPO_ROOT, 'data/demo');
let db: DuckConnector;
let report: PatternsReport;
let truth: PlantedTruth;

beforeAll(async () => {
  if (!existsSync(join(DEMO, 'truth.json')))
    throw new Error('data/demo is missing: run `npm run demo-data` first');
  truth = JSON.parse(readFileSync(join(DEMO, 'truth.json'), 'utf8')) as PlantedTruth;
  db = await initialiseDatabase(await openNodeDuck());
  await loadFiles(db, nodeInputs([join(DEMO, 'policeuk')]));
  report = await patternsReport(db, { categories: ['asb'] }, { cellSize: truth.cellSize });
});
afterAll(async () => {
  await db?.close();
});

const key = (ix: number, iy: number) => `${ix},${iy}`;

describe('space-time patterns on the demo borough find the planted ASB hotspots', () => {
  it('uses every demo month as a step, with none missing', () => {
    expect(report.cellSize).toBe(250);
    expect(report.steps).toHaveLength(36);
    expect(report.missingMonths).toEqual([]);
  });

  it('classes the planted cells as planted, with precision and recall of at least 0.9', () => {
    const classOf = new Map(report.cells.map((c) => [key(c.ix, c.iy), c.pattern]));
    const planted = truth.patterns.flatMap((p) =>
      p.cells.map((c) => ({
        id: p.id,
        cell: key(c.ix, c.iy),
        expected: `${p.expectedClass}-hot-spot`,
      })),
    );
    const plantedClasses = new Set(planted.map((p) => p.expected));
    // Over the planted cells: recall = share of planted cells given their planted class;
    // precision = of the planted cells given one of the planted classes, the share that is right.
    const outcomes = planted.map((p) => ({ ...p, got: classOf.get(p.cell) ?? 'absent' }));
    const correct = outcomes.filter((o) => o.got === o.expected).length;
    const predicted = outcomes.filter((o) => plantedClasses.has(o.got)).length;
    const wrong = outcomes.filter((o) => o.got !== o.expected);
    if (wrong.length > 0) console.warn('planted cells classed otherwise:', JSON.stringify(wrong));
    expect(correct / planted.length).toBeGreaterThanOrEqual(0.9);
    expect(correct / Math.max(predicted, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('away from the planted clusters no cell takes a planted class (the Gi* halo aside)', () => {
    const planted = new Map<string, string>();
    for (const p of truth.patterns)
      for (const c of p.cells) planted.set(key(c.ix, c.iy), `${p.expectedClass}-hot-spot`);
    const plantedClasses = new Set(planted.values());
    // Gi* sums the queen neighbourhood, so the 8 cells around a planted cell share its signal.
    const inHalo = (ix: number, iy: number) =>
      truth.patterns.some((p) =>
        p.cells.some((c) => Math.abs(c.ix - ix) <= 1 && Math.abs(c.iy - iy) <= 1),
      );
    const withPlantedClass = report.cells.filter((c) => plantedClasses.has(c.pattern));
    const correct = withPlantedClass.filter((c) => planted.get(key(c.ix, c.iy)) === c.pattern);
    const far = withPlantedClass.filter((c) => !inHalo(c.ix, c.iy));
    expect(correct.length / (correct.length + far.length)).toBeGreaterThanOrEqual(0.9);
    expect(far.map((c) => `${c.ix},${c.iy} ${c.pattern}`)).toEqual([]);
  });
});
