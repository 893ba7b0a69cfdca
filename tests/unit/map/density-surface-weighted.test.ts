import { describe, expect, it } from 'vitest';
import { cellCentre } from '../../../src/analytics/hotspots/cellGrid';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { kdeBandwidth } from '../../../src/analytics/hotspots/kdeBandwidth';
import { kdeQuartic } from '../../../src/analytics/hotspots/kdeQuartic';
import {
  quantileSorted,
  sampleStandardDeviation,
  sortedFinite,
  sortedFiniteWeighted,
  weightedQuantileSorted,
  weightedSampleStandardDeviation,
} from '../../../src/analytics/hotspots/quantile';
import type { DensityCell, DensitySurface } from '../../../src/features/map/density-surface';
import { densitySurface } from '../../../src/features/map/density-surface';
import { fromBng } from '../../../src/ingest/bng';
import type { MapPoints } from '../../../src/queries/map-points';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function mapPoints(rows: Array<[number, number, number]>): MapPoints {
  return {
    longitude: new Float64Array(rows.length),
    latitude: new Float64Array(rows.length),
    easting: Float64Array.from(rows, ([e]) => e),
    northing: Float64Array.from(rows, ([, n]) => n),
    count: Float64Array.from(rows, ([, , c]) => c),
    location: rows.map(() => null),
    length: rows.length,
  };
}

/** One easting/northing per incident: what the density surface used to grid. */
function incidentCoordinates(points: MapPoints): {
  eastings: Float64Array;
  northings: Float64Array;
} {
  let total = 0;
  for (let i = 0; i < points.length; i++) total += points.count[i] ?? 0;
  const eastings = new Float64Array(total);
  const northings = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < points.length; i++) {
    for (let k = 0; k < (points.count[i] ?? 0); k++) {
      eastings[at] = points.easting[i] as number;
      northings[at] = points.northing[i] as number;
      at++;
    }
  }
  return { eastings, northings };
}

/** The density surface as computed before weights: every incident expanded. */
function expandedDensitySurface(points: MapPoints, months: number): DensitySurface | null {
  if (points.length === 0) return null;
  const { eastings, northings } = incidentCoordinates(points);
  const { grid } = countGrid(eastings, northings);
  if (grid.nx === 0 || grid.ny === 0) return null;
  const { density, bandwidth } = kdeQuartic(eastings, northings, grid);
  const perKm2PerMonth = 1e6 / Math.max(1, months);
  const values = Array.from(density, (d) => d * perKm2PerMonth).filter((v) => v > 0);
  values.sort((a, b) => a - b);
  const high = values[Math.floor(0.995 * (values.length - 1))] ?? 0;
  const half = grid.cellSize / 2;
  const cells: DensityCell[] = [];
  for (let i = 0; i < density.length; i++) {
    const value = (density[i] ?? 0) * perKm2PerMonth;
    if (!(value > high / 40)) continue;
    const [e, n] = cellCentre(grid, i);
    cells.push({
      value,
      polygon: [
        fromBng(e - half, n - half),
        fromBng(e + half, n - half),
        fromBng(e + half, n + half),
        fromBng(e - half, n + half),
      ],
    });
  }
  return { cells, high, cellSize: grid.cellSize, bandwidthRule: bandwidth.rule };
}

function expectRelativelyClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** Weighted and expanded computations agree on grid, bandwidth and surface. */
function expectSameAsExpanded(points: MapPoints, months: number): void {
  const { eastings, northings } = incidentCoordinates(points);
  const weights = points.count;

  const weighted = countGrid(points.easting, points.northing, { weights });
  const expanded = countGrid(eastings, northings);
  const { counts, ...gridShape } = weighted.grid;
  const { counts: expandedCounts, ...expandedShape } = expanded.grid;
  expect(gridShape).toEqual(expandedShape);
  expect(counts).toEqual(expandedCounts);
  expect(weighted.report).toEqual(expanded.report);

  const bandwidth = kdeBandwidth(points.easting, points.northing, 'mean-of-axes', 1, weights);
  const expandedBandwidth = kdeBandwidth(eastings, northings);
  expectRelativelyClose(bandwidth.bandwidth, expandedBandwidth.bandwidth, 'bandwidth');
  expectRelativelyClose(bandwidth.eastingBandwidth, expandedBandwidth.eastingBandwidth, 'easting');
  expectRelativelyClose(
    bandwidth.northingBandwidth,
    expandedBandwidth.northingBandwidth,
    'northing',
  );

  const surface = densitySurface(points, months);
  const reference = expandedDensitySurface(points, months);
  if (!surface || !reference) throw new Error('expected a surface');
  expect(surface.cellSize).toBe(reference.cellSize);
  expect(surface.bandwidthRule).toBe(reference.bandwidthRule);
  expectRelativelyClose(surface.high, reference.high, 'high');
  expect(surface.cells.length).toBe(reference.cells.length);
  surface.cells.forEach((cell, i) => {
    const expected = reference.cells[i] as DensityCell;
    expect(cell.polygon).toEqual(expected.polygon);
    expectRelativelyClose(cell.value, expected.value, `cell ${i}`);
  });
}

/** Locations in a 12 km × 9 km town: a few dense clusters over a sparse spread. */
function townLocations(
  locations: number,
  maxCount: number,
  seed: number,
): Array<[number, number, number]> {
  const next = random(seed);
  const rows: Array<[number, number, number]> = [];
  for (let i = 0; i < locations; i++) {
    const cluster = i % 4 === 0 ? null : [438_000 + (i % 3) * 2_500, 371_500 + (i % 5) * 1_200];
    const e = cluster ? cluster[0]! + (next() - 0.5) * 800 : 432_000 + next() * 12_000;
    const n = cluster ? cluster[1]! + (next() - 0.5) * 800 : 367_000 + next() * 9_000;
    rows.push([Math.round(e), Math.round(n), 1 + Math.floor(next() * maxCount)]);
  }
  return rows;
}

describe('weighted quantiles', () => {
  it('equal the quantile and sd of the values repeated by their integer weights', () => {
    const next = random(11);
    for (const n of [1, 2, 3, 10, 250]) {
      for (const distinct of [3, 1e9]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(next() * distinct));
        const weights = Float64Array.from({ length: n }, () => Math.floor(next() * 6));
        const repeated: number[] = [];
        values.forEach((v, i) => {
          for (let k = 0; k < (weights[i] as number); k++) repeated.push(v);
        });
        const sorted = sortedFinite(Float64Array.from(repeated));
        const weighted = sortedFiniteWeighted(values, weights);
        expect(weighted.total).toBe(sorted.length);
        for (const p of [0, 0.01, 0.25, 0.5, 0.75, 0.99, 1]) {
          const expected = quantileSorted(sorted, p);
          expect(weightedQuantileSorted(weighted, p), `n ${n}, p ${p}`).toBe(expected);
        }
        const sd = sampleStandardDeviation(sorted);
        if (Number.isNaN(sd)) expect(weightedSampleStandardDeviation(weighted)).toBeNaN();
        else expectRelativelyClose(weightedSampleStandardDeviation(weighted), sd, `sd n ${n}`);
      }
    }
  });
});

describe('density surface from locations weighted by their counts', () => {
  it('equals the surface of the expanded incidents on a few hand-made locations', () => {
    const points = mapPoints([
      [437_050, 371_020, 3],
      [437_099, 371_099, 1],
      [437_460, 371_310, 12],
      [437_900, 371_800, 5],
      [438_400, 370_700, 2],
      [436_800, 372_100, 7],
      [437_300, 371_500, 1],
    ]);
    expectSameAsExpanded(points, 1);
    expectSameAsExpanded(points, 6);
  });

  it('equals the surface of the expanded incidents on 5,000 locations with 1–30 incidents each', () => {
    expectSameAsExpanded(mapPoints(townLocations(5_000, 30, 5)), 12);
  });

  it('equals it with strays, missing coordinates and an empty location', () => {
    const rows = townLocations(2_000, 20, 9);
    rows.push(
      [622_575, -5_527_063, 40], // lon/lat 0,0 projected: outside Great Britain
      [520_000, 180_000, 9], // inside Great Britain but far from the rest
      [Number.NaN, 371_000, 6], // missing easting: still in the northing bandwidth
      [437_000, Number.POSITIVE_INFINITY, 4],
      [437_500, 371_500, 0],
    );
    const points = mapPoints(rows);
    const { report } = countGrid(points.easting, points.northing, { weights: points.count });
    expect(report.outliers).toBe(49);
    expect(report.missingCoordinates).toBe(10);
    expectSameAsExpanded(points, 3);
  });

  it('times the expanded and the weighted surface on 1M incidents over ~7,000 locations', () => {
    const points = mapPoints(townLocations(7_000, 285, 21));
    const incidents = points.count.reduce((a, b) => a + b, 0);
    const time = (run: () => unknown): number => {
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    time(() => densitySurface(points, 12));
    const expandedMs = time(() => expandedDensitySurface(points, 12));
    const weightedMs = time(() => densitySurface(points, 12));
    console.log(
      `density surface, ${incidents} incidents at ${points.length} locations: ` +
        `expanded ${expandedMs.toFixed(0)} ms, weighted ${weightedMs.toFixed(0)} ms`,
    );
    expect(incidents).toBeGreaterThan(900_000);
  });
});
