import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKTEST_METHODS } from '../../../src/analytics/backtest/rankingMethods';
import type { BacktestReport } from '../../../src/reports/backtest-report';
import { runCli, runCliProcess } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

/** The demo's months from 2024-07: the look-back (15 months) of October–December 2025 and those months. */
const DEMO = readdirSync(join(REPO_ROOT, 'data/demo/policeuk'))
  .filter((month) => month >= '2024-07')
  .map((month) => join(REPO_ROOT, 'data/demo/policeuk', month));

describe('cli backtest', () => {
  it('prints the documented JSON for the demo borough: one entry per scored month and method', async () => {
    const stdout = await runCli([
      'backtest',
      ...DEMO,
      '--from',
      '2025-10',
      '--to',
      '2025-12',
      '--categories',
      'asb',
      '--cell',
      '250',
      '--area-share',
      '0.02',
      '--json',
    ]);
    const report = JSON.parse(stdout) as BacktestReport;
    expect(Object.keys(report)).toEqual([
      'countingSources',
      'cellSize',
      'areaShare',
      'studyCells',
      'months',
      'summary',
    ]);
    expect(report.cellSize).toBe(250);
    expect(report.areaShare).toBe(0.02);
    const k = Math.round(0.02 * report.studyCells);
    expect(report.months.map((m) => m.month)).toEqual(['2025-10', '2025-11', '2025-12']);
    for (const month of report.months) {
      expect(Object.keys(month)).toEqual(['month', 'incidents', 'methods']);
      expect(month.incidents).toBeGreaterThan(0);
      expect(Object.keys(month.methods).sort()).toEqual([...BACKTEST_METHODS].sort());
      for (const method of BACKTEST_METHODS) {
        const s = month.methods[method];
        expect(Object.keys(s)).toEqual(['pai', 'hitRate', 'pei', 'cells']);
        expect(s.cells).toHaveLength(k);
        // BNG cell indexes of 250 m cells inside the demo borough (447–457 km E, 376–384 km N).
        for (const [ix, iy] of s.cells) {
          expect(ix * 250).toBeGreaterThanOrEqual(446_000);
          expect(ix * 250).toBeLessThan(458_000);
          expect(iy * 250).toBeGreaterThanOrEqual(375_000);
          expect(iy * 250).toBeLessThan(385_000);
        }
        expect(s.pai).toBeCloseTo((s.hitRate as number) / (k / report.studyCells), 9);
        expect(s.pei).toBeGreaterThan(0);
        expect(s.pei).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
    for (const method of BACKTEST_METHODS) {
      const mean = report.months.reduce((sum, m) => sum + (m.methods[method].pai as number), 0) / 3;
      expect(report.summary[method].meanPai).toBeCloseTo(mean, 9);
      // The planted hotspots make every method far better than chance.
      expect(report.summary[method].meanPai).toBeGreaterThan(2);
    }
  }, 300_000);

  it('text: a table of the methods; --from and --to are required (exit 2)', async () => {
    const text = await runCli([
      'backtest',
      ...DEMO,
      '--from',
      '2025-12',
      '--to',
      '2025-12',
      '--categories',
      'asb',
    ]);
    expect(text).toMatch(/^method\s+mean PAI\s+mean hit rate\s+months best$/m);
    for (const method of BACKTEST_METHODS)
      expect(text).toMatch(new RegExp(`^${method}\\s+\\d`, 'm'));
    const missing = await runCliProcess(['backtest', ...DEMO, '--to', '2025-12']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--from');
    const help = await runCli(['backtest', '--help']);
    for (const flag of [
      '--from',
      '--to',
      '--categories',
      '--cell',
      '--area-share',
      '--boundary',
      '--json',
    ])
      expect(help).toContain(flag);
  }, 300_000);
});
