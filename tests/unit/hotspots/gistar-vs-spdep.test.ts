import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import { REPO_ROOT, requirePrerequisite, sharedData } from '../../support/shared-data';
import { readDerbyshireAsb } from './realData';

function spdepAvailable(): boolean {
  const probe = ['-e', 'quit(status = if (requireNamespace("spdep", quietly = TRUE)) 0 else 1)'];
  return spawnSync('Rscript', probe, { stdio: 'ignore' }).status === 0;
}

describe('Gi* on real Chesterfield ASB agrees with spdep::localG', () => {
  it('gives the same z to 1e-9 and the same BH-significant cells as R, cell by cell', (test) => {
    requirePrerequisite(test, spdepAvailable(), 'Rscript with the spdep package');
    sharedData(test, 'policeuk', 'derbyshire');

    const asb = readDerbyshireAsb('2025-', 'Chesterfield');
    expect(asb.months).toHaveLength(12);
    expect(asb.eastings.length).toBeGreaterThan(1000);
    const { grid, report } = countGrid(asb.eastings, asb.northings, { cellSize: 200 });
    expect(report.pointsCounted + report.outliers).toBe(asb.eastings.length);
    const ours = giStar(grid);

    const work = mkdtempSync(path.join(tmpdir(), 'gistar-'));
    try {
      const rows = ['ix,iy,count'];
      for (let row = 0; row < grid.ny; row++) {
        for (let col = 0; col < grid.nx; col++) {
          rows.push(`${grid.x0 + col},${grid.y0 + row},${grid.counts[row * grid.nx + col]}`);
        }
      }
      const input = path.join(work, 'grid.csv');
      const output = path.join(work, 'localG.csv');
      writeFileSync(input, rows.join('\n'));
      execFileSync('Rscript', [
        path.join(REPO_ROOT, 'scripts/r/gistar-reference.R'),
        input,
        output,
      ]);
      const reference = readFileSync(output, 'utf8').trim().split('\n').slice(1);
      expect(reference).toHaveLength(grid.nx * grid.ny);

      let hotAt95 = 0;
      for (const line of reference) {
        const [ix, iy, z, p, pBh] = line.split(',').map(Number) as [
          number,
          number,
          number,
          number,
          number,
        ];
        const index = (iy - grid.y0) * grid.nx + (ix - grid.x0);
        expect(Math.abs((ours.z[index] as number) - z)).toBeLessThan(1e-9);
        expect(Math.abs((ours.p[index] as number) - p)).toBeLessThanOrEqual(
          1e-9 * Math.max(p, 1e-300),
        );
        expect((ours.pFdr[index] as number) < 0.05).toBe(pBh < 0.05);
        expect((ours.pFdr[index] as number) < 0.01).toBe(pBh < 0.01);
        expect((ours.pFdr[index] as number) < 0.1).toBe(pBh < 0.1);
        if (pBh < 0.05 && z > 0) hotAt95++;
      }
      // Town-centre ASB clusters: the check is only meaningful if some cells are significant.
      expect(hotAt95).toBeGreaterThan(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
