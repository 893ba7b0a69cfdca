import { describe, expect, it } from 'vitest';
import { cellsToMultiPolygon } from '../../../src/analytics/tasking/cellsToMultiPolygon';
import { cellsGeometry, pointsGeometry } from '../../../src/reports/tasking/candidate-geometry';
import { giStarClusters, hotConfidence } from '../../../src/analytics/tasking/giStarClusters';

/** A grid of Gi* classes from rows written north at the top, as on a map. */
function classGrid(rows: string[]): { classes: Int8Array; nx: number; ny: number } {
  const ny = rows.length;
  const nx = (rows[0] as string).length;
  const classes = new Int8Array(nx * ny);
  rows.forEach((row, r) => {
    for (let c = 0; c < nx; c++) classes[(ny - 1 - r) * nx + c] = Number(row[c]);
  });
  return { classes, nx, ny };
}

const area = (ring: [number, number][]) =>
  ring.slice(0, -1).reduce((sum, [x, y], i) => {
    const [x2, y2] = ring[i + 1] as [number, number];
    return sum + (x * y2 - x2 * y) / 2;
  }, 0);

describe('Gi* clusters: touching significant hot cells are one place', () => {
  it('joins cells that touch at a corner (8 neighbours) and keeps apart cells two apart', () => {
    const { classes, nx, ny } = classGrid(['3000', '0200', '0002', '0000']);
    const z = Float64Array.from(classes, (c) => c * 1.5);
    const clusters = giStarClusters(classes, z, nx, ny);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toMatchObject({ confidence: 0.99, maxZ: 4.5 });
    expect(clusters[0]?.cells).toHaveLength(2);
    expect(clusters[1]).toMatchObject({ confidence: 0.95, cells: [7] });
  });

  it('leaves out cells hot only at 90% by default, and cold cells always', () => {
    const { classes, nx, ny } = classGrid(['1-', '22']);
    classes[3] = -3;
    const z = new Float64Array(classes.length).fill(2);
    expect(giStarClusters(classes, z, nx, ny).map((c) => c.cells)).toEqual([[0, 1]]);
    expect(giStarClusters(classes, z, nx, ny, { minClass: 1 })[0]?.cells).toEqual([0, 1, 2]);
    expect([3, 2, 1, 0, -2].map(hotConfidence)).toEqual([0.99, 0.95, 0.9, null, null]);
  });
});

const clusterGeometry = (cells: [number, number][], cellSize: number) =>
  cellsToMultiPolygon(cells, { x0: 0, y0: 0, cellSize });

describe('candidate geometry: merged cell squares in BNG metres', () => {
  it('draws an L of three 250 m cells as one counter-clockwise ring of six corners', () => {
    const grid = { cellSize: 250, x0: 1800, y0: 1500, nx: 4, ny: 4, studyArea: null };
    const polygons = cellsGeometry(grid, [0, 1, 4]);
    expect(polygons).toHaveLength(1);
    const ring = polygons[0]?.[0] as [number, number][];
    expect(ring).toHaveLength(7);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(area(ring)).toBe(3 * 250 * 250);
    expect(ring).toContainEqual([450000, 375000]);
    expect(ring).toContainEqual([450500, 375250]);
  });

  it('cells meeting at a corner are two polygons; a ring of eight has a clockwise hole', () => {
    expect(
      clusterGeometry(
        [
          [0, 0],
          [1, 1],
        ],
        100,
      ),
    ).toHaveLength(2);
    const ring8: [number, number][] = [];
    for (let x = 0; x < 3; x++)
      for (let y = 0; y < 3; y++) if (x !== 1 || y !== 1) ring8.push([x, y]);
    const [polygon] = clusterGeometry(ring8, 100);
    expect(polygon).toHaveLength(2);
    expect(area(polygon?.[0] as [number, number][])).toBe(90000);
    expect(area(polygon?.[1] as [number, number][])).toBe(-10000);
  });

  it('draws a repeat location as a 100 m square around its snap point, two near points as one', () => {
    const [one] = pointsGeometry([{ easting: 451110, northing: 380640 }]);
    expect(area(one?.[0] as [number, number][])).toBe(100 * 100);
    const two = pointsGeometry([
      { easting: 451110, northing: 380640 },
      { easting: 451160, northing: 380640 },
    ]);
    expect(two).toHaveLength(1);
    expect(area(two[0]?.[0] as [number, number][])).toBe(150 * 100);
  });
});

describe('Gi* clusters: a city centre of touching hot cells is split into street-scale places', () => {
  /** A 12 × 3 band of hot cells (one component) with two peaks, at its west and east ends. */
  const band = () => {
    const { classes, nx, ny } = classGrid(['333333333333', '333333333333', '333333333333']);
    const z = Float64Array.from(classes, (_, cell) => {
      const col = cell % nx;
      return 3 + Math.max(3 - col, col - 8, 0);
    });
    return { classes, z, nx, ny };
  };

  it('keeps one cluster without a cap, and splits a 36-cell band into parts of at most 16', () => {
    const { classes, z, nx, ny } = band();
    expect(giStarClusters(classes, z, nx, ny)).toHaveLength(1);
    const parts = giStarClusters(classes, z, nx, ny, { maxCells: 16, maxReach: 2 });
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(part.cells.length).toBeLessThanOrEqual(16);
    const all = parts.flatMap((p) => p.cells).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 36 }, (_, i) => i));
  });

  it('grows the first two parts around the two peaks, each within 2 cells of its peak', () => {
    const { classes, z, nx, ny } = band();
    const parts = giStarClusters(classes, z, nx, ny, { maxCells: 16, maxReach: 2 });
    const cols = (cells: number[]) => cells.map((c) => c % nx);
    const [west, east] = parts;
    expect(west?.maxZ).toBe(6);
    expect(Math.max(...cols(west?.cells ?? []))).toBeLessThanOrEqual(2);
    expect(Math.min(...cols(east?.cells ?? []))).toBeGreaterThanOrEqual(9);
    expect(east?.maxZ).toBe(6);
  });

  it('is deterministic: the same grid gives the same parts', () => {
    const { classes, z, nx, ny } = band();
    const once = giStarClusters(classes, z, nx, ny, { maxCells: 16, maxReach: 2 });
    expect(giStarClusters(classes, z, nx, ny, { maxCells: 16, maxReach: 2 })).toEqual(once);
  });
});
