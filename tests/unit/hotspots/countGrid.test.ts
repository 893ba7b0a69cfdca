import { describe, expect, it } from 'vitest';
import { cellCentre, studyCellCount } from '../../../src/analytics/hotspots/cellGrid';
import { chooseCellSize, NICE_CELL_SIZES } from '../../../src/analytics/hotspots/cellSize';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { toBng } from '../../../src/ingest/bng';

const points = (xy: Array<[number, number]>) => ({
  eastings: Float64Array.from(xy.map(([e]) => e)),
  northings: Float64Array.from(xy.map(([, n]) => n)),
});

describe('count grid', () => {
  it('aligns cells to multiples of the cell size and keeps empty cells inside the extent', () => {
    const { eastings, northings } = points([
      [437_050, 371_020],
      [437_099, 371_099],
      [437_460, 371_310],
    ]);
    const { grid, report } = countGrid(eastings, northings, { cellSize: 100 });
    expect([grid.x0, grid.y0, grid.nx, grid.ny]).toEqual([4370, 3710, 5, 4]);
    expect(grid.counts[0]).toBe(2);
    expect(grid.counts[3 * 5 + 4]).toBe(1);
    expect(grid.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(cellCentre(grid, 0)).toEqual([437_050, 371_050]);
    expect(report.pointsCounted).toBe(3);
  });

  it('counts points with missing coordinates and strays (lon/lat 0,0 projected) instead of gridding them', () => {
    const cluster: Array<[number, number]> = [];
    for (let i = 0; i < 200; i++)
      cluster.push([437_000 + (i % 20) * 50, 371_000 + Math.floor(i / 20) * 60]);
    const nullIsland = toBng(0, 0);
    const { eastings, northings } = points([
      ...cluster,
      nullIsland,
      [NaN, NaN],
      [437_400, 480_000],
    ]);
    const { grid, report } = countGrid(eastings, northings, { cellSize: 100 });
    expect(report.missingCoordinates).toBe(1);
    expect(report.outliers).toBe(2);
    expect(report.pointsCounted).toBe(200);
    expect(grid.ny).toBeLessThan(20);
  });

  it('keeps only cells whose centre is inside the boundary and reports points outside', () => {
    const { eastings, northings } = points([
      [50, 50],
      [150, 50],
      [250, 250],
      [50, 250],
    ]);
    const insideDiagonal = (e: number, n: number) => n <= e + 1;
    const { grid, report } = countGrid(eastings, northings, {
      cellSize: 100,
      boundary: insideDiagonal,
    });
    expect(studyCellCount(grid)).toBe(6);
    expect(report.pointsCounted).toBe(3);
    expect(report.outsideStudyArea).toBe(1);
  });
});

describe('automatic cell size', () => {
  it('picks a nice size of about 1/50 of the shorter side and says why', () => {
    const chosen = chooseCellSize(
      { minEasting: 0, minNorthing: 0, maxEasting: 12_000, maxNorthing: 9_000 },
      5000,
    );
    expect(chosen.cellSize).toBe(200);
    expect(chosen.reason).toMatch(/50 cells/);
  });

  it('widens cells for sparse data and is never 0, even for a single point', () => {
    const sparse = chooseCellSize(
      { minEasting: 0, minNorthing: 0, maxEasting: 10_000, maxNorthing: 10_000 },
      25,
    );
    expect(sparse.cellSize).toBe(1000);
    expect(sparse.reason).toMatch(/spacing/);
    const single = chooseCellSize(
      { minEasting: 5, minNorthing: 5, maxEasting: 5, maxNorthing: 5 },
      1,
    );
    expect(single.cellSize).toBeGreaterThan(0);
    expect(NICE_CELL_SIZES).toContain(single.cellSize);
  });
});
