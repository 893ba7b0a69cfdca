import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cellCentre } from '../../../src/analytics/hotspots/cellGrid';
import { countGrid } from '../../../src/analytics/hotspots/countGrid';
import { giStar } from '../../../src/analytics/hotspots/giStar';
import type { BoundaryPredicate } from '../../../src/analytics/hotspots/cellGrid';
import { fromBng, toBng } from '../../../src/ingest/bng';
import type { BoundaryLayer } from '../../../src/reports/boundary-layer';
import {
  insidePolygonsPredicate,
  projectStudyArea,
} from '../../../src/reports/hotspots/bng-polygons';
import { hexRadiusForCell } from '../../../src/reports/hotspots/hex-cells';
import { runHotspotJob } from '../../../src/reports/hotspots/hotspot-job';
import type { HotspotJob } from '../../../src/reports/hotspots/hotspot-job-result';
import type { HotspotParams } from '../../../src/reports/hotspots/hotspot-params';
import { DEFAULT_PARAMS } from '../../../src/reports/hotspots/hotspot-params';
import type { StudyAreaInput } from '../../../src/reports/hotspots/study-area';
import { studyAreaInput } from '../../../src/reports/hotspots/study-area';

/** 2 km × 2 km of scattered incidents with a tight cluster near (451 050, 381 050). */
function clusteredPoints(): { eastings: Float64Array; northings: Float64Array } {
  const e: number[] = [];
  const n: number[] = [];
  let state = 7;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 600; i++) {
    e.push(450_000 + random() * 2000);
    n.push(380_000 + random() * 2000);
  }
  for (let i = 0; i < 150; i++) {
    e.push(451_010 + random() * 80);
    n.push(381_010 + random() * 80);
  }
  return { eastings: Float64Array.from(e), northings: Float64Array.from(n) };
}

/** A closed lon/lat ring through BNG corners. */
const ring = (corners: [number, number][]): Position[] =>
  [...corners, corners[0] as [number, number]].map(([e, n]) => fromBng(e, n));

/**
 * Two "wards": an octagon of 630 m radius round the cluster (with a 150 m square hole away from
 * it) and a small square in the south-west corner. Much of the data lies outside both.
 */
function wards(): BoundaryLayer {
  const octagon: [number, number][] = [];
  for (let k = 0; k < 8; k++) {
    const a = (Math.PI / 4) * k + 0.2;
    octagon.push([451_030 + 630 * Math.cos(a), 381_020 + 630 * Math.sin(a)]);
  }
  const hole: [number, number][] = [
    [450_620, 380_820],
    [450_620, 380_970],
    [450_770, 380_970],
    [450_770, 380_820],
  ];
  const corner: [number, number][] = [
    [450_030, 380_020],
    [450_430, 380_020],
    [450_430, 380_410],
    [450_030, 380_410],
  ];
  const geojson: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Centre' },
        geometry: { type: 'Polygon', coordinates: [ring(octagon), ring(hole)] },
      },
      {
        type: 'Feature',
        properties: { name: 'Corner' },
        geometry: { type: 'Polygon', coordinates: [ring(corner)] },
      },
    ],
  };
  return { name: 'Test wards', geojson, nameProperty: 'name' };
}

/** turf's point-in-polygon on the wards in WGS84: an independent check of the pipeline's. */
function turfInsideWards(): BoundaryPredicate {
  const polygons = wards().geojson.features as Feature<Polygon | MultiPolygon>[];
  return (e, n) => polygons.some((p) => booleanPointInPolygon(fromBng(e, n), p));
}

function job(params: Partial<HotspotParams>, withBoundary: boolean): HotspotJob {
  const { eastings, northings } = clusteredPoints();
  return {
    params: { ...DEFAULT_PARAMS, method: 'grid', cellSize: 100, ...params },
    eastings,
    northings,
    monthIndex: new Int32Array(eastings.length).fill(24_300),
    coveredMonths: ['2025-01'],
    studyArea: withBoundary ? studyAreaInput([wards()]) : null,
  };
}

/** The same grid as a result, counted independently with turf's point-in-polygon. */
function turfMaskedGrid(result: ReturnType<typeof runHotspotJob>) {
  const { eastings, northings } = clusteredPoints();
  const { cellSize, x0, y0, nx, ny } = result.grid;
  return countGrid(eastings, northings, {
    cellSize,
    bounds: {
      minEasting: x0 * cellSize,
      minNorthing: y0 * cellSize,
      maxEasting: (x0 + nx) * cellSize - 1e-6,
      maxNorthing: (y0 + ny) * cellSize - 1e-6,
    },
    boundary: turfInsideWards(),
  });
}

describe('the hotspot worker job with loaded boundaries as the study area', () => {
  it('keeps exactly the cells whose centre is inside a boundary, and says what it left out', () => {
    const result = runHotspotJob(job({}, true));
    const { grid, report } = turfMaskedGrid(result);
    const mask = grid.studyArea as Uint8Array;
    const polygons = projectStudyArea(studyAreaInput([wards()]) as StudyAreaInput);
    const workerInside = insidePolygonsPredicate(polygons);
    const turfInside = turfInsideWards();
    let inside = 0;
    for (let i = 0; i < mask.length; i++) {
      const [e, n] = cellCentre(grid, i);
      expect(workerInside(e, n), `cell centre ${e}, ${n}`).toBe(turfInside(e, n));
      inside += mask[i] as number;
    }
    // The hole (about 2 cells) is outside; the octagon alone holds ~125 cells.
    expect(inside).toBeGreaterThan(100);
    expect(inside).toBeLessThan(grid.nx * grid.ny);
    expect(result.studyArea).toEqual({
      label: 'Test wards',
      areaCount: 2,
      studyCells: inside,
      gridCells: grid.nx * grid.ny,
    });
    expect(result.points.counted).toBe(report.pointsCounted);
    expect(result.points.counted + result.points.outside).toBe(750);
    expect(result.points.outside).toBeGreaterThan(200);
    // Drawn cells are all study cells, and they hold every counted incident.
    for (let k = 0; k < result.ix.length; k++) {
      const index =
        ((result.iy[k] as number) - grid.y0) * grid.nx + (result.ix[k] as number) - grid.x0;
      expect(mask[index]).toBe(1);
    }
    expect(result.count.reduce((a, b) => a + b, 0)).toBe(report.pointsCounted);
  });

  it('computes Gi* over the study cells only: the z and class of giStar on the masked grid', () => {
    const result = runHotspotJob(job({ method: 'gistar' }, true));
    const { grid } = turfMaskedGrid(result);
    const pure = giStar(grid);
    expect(pure.n).toBe(result.studyArea?.studyCells);
    expect(result.gi?.studyCells).toBe(pure.n);
    const significant = pure.classes.filter((c) => c !== 0 && c !== -128).length;
    expect(result.ix.length).toBe(significant);
    expect(result.gi?.hotCells).toBeGreaterThan(0);
    for (let k = 0; k < result.ix.length; k++) {
      const index =
        ((result.iy[k] as number) - grid.y0) * grid.nx + (result.ix[k] as number) - grid.x0;
      expect(result.value[k]).toBeCloseTo(pure.z[index] as number, 12);
      expect(result.code[k]).toBe(pure.classes[index]);
    }
    // Without the boundary, n is the whole extent's cell count: the mask changed the statistic.
    const unmasked = runHotspotJob(job({ method: 'gistar' }, false));
    expect(unmasked.gi?.studyCells).toBe(unmasked.grid.nx * unmasked.grid.ny);
    expect(unmasked.gi?.studyCells).toBeGreaterThan(pure.n);
  });

  it('leaves the KDE surface undrawn outside the study area', () => {
    const result = runHotspotJob(job({ method: 'kde' }, true));
    const { grid } = turfMaskedGrid(result);
    expect(result.ix.length).toBeGreaterThan(0);
    for (let k = 0; k < result.ix.length; k++) {
      const index =
        ((result.iy[k] as number) - grid.y0) * grid.nx + (result.ix[k] as number) - grid.x0;
      expect(grid.studyArea?.[index]).toBe(1);
    }
  });
});

describe('hexagons for grid counts', () => {
  it('count every incident the square grid counted when there is no boundary', () => {
    const squares = runHotspotJob(job({}, false));
    const hexagons = runHotspotJob(job({ cellShape: 'hexagon' }, false));
    expect(hexagons.shape).toBe('hexagon');
    expect(hexagons.cornersPerCell).toBe(6);
    expect(hexagons.corners.length).toBe(hexagons.ix.length * 12);
    expect(hexagons.points.counted).toBe(750);
    expect(hexagons.points.counted).toBe(squares.points.counted);
    expect(hexagons.count.reduce((a, b) => a + b, 0)).toBe(hexagons.points.counted);
    expect(hexagons.ix.length).toBeGreaterThan(10);
  });

  it('with a boundary keep the hexagons centred inside, and count what they hold', () => {
    const hexagons = runHotspotJob(job({ cellShape: 'hexagon' }, true));
    const turfInside = turfInsideWards();
    const { counted, outside } = hexagons.points;
    expect(hexagons.count.reduce((a, b) => a + b, 0)).toBe(counted);
    expect(counted + outside).toBe(750);
    expect(outside).toBeGreaterThan(200);
    for (let k = 0; k < hexagons.ix.length; k++) {
      const corners = Array.from({ length: 6 }, (_, j) =>
        toBng(
          hexagons.corners[k * 12 + j * 2] as number,
          hexagons.corners[k * 12 + j * 2 + 1] as number,
        ),
      );
      const [e, n] = corners.reduce(([a, b], [ce, cn]) => [a + ce / 6, b + cn / 6], [0, 0]);
      expect(turfInside(e, n), `hexagon centre ${e}, ${n}`).toBe(true);
    }
  });

  it('have the area of the square cell, with corners one radius from the centre', () => {
    const radius = hexRadiusForCell(100);
    expect(((3 * Math.sqrt(3)) / 2) * radius * radius).toBeCloseTo(100 * 100, 6);
    const result = runHotspotJob(job({ cellShape: 'hexagon' }, false));
    expect(result.hex?.radius).toBeCloseTo(radius, 9);
    const corners = Array.from({ length: 6 }, (_, j) =>
      toBng(result.corners[j * 2] as number, result.corners[j * 2 + 1] as number),
    );
    const centre = corners.reduce(([a, b], [e, n]) => [a + e / 6, b + n / 6], [0, 0]);
    for (const [e, n] of corners)
      expect(Math.hypot(e - centre[0], n - centre[1])).toBeCloseTo(radius, 1);
  });

  it('stay a grid-counts display: Gi* on the same settings uses squares', () => {
    const gi = runHotspotJob(job({ method: 'gistar', cellShape: 'hexagon' }, false));
    expect(gi.shape).toBe('square');
    expect(gi.cornersPerCell).toBe(4);
  });
});
