import { describe, expect, it } from 'vitest';
import type { BngMultiPolygon, BngRing } from '../../../src/analytics/tasking/bngShapes';
import { boundaryDistance } from '../../../src/analytics/tasking/boundaryDistance';
import { boundingBox, expandBox } from '../../../src/analytics/tasking/boundingBox';
import { cellsToMultiPolygon } from '../../../src/analytics/tasking/cellsToMultiPolygon';
import { circlePolygon } from '../../../src/analytics/tasking/circlePolygon';
import { intersectionArea, overlapShare } from '../../../src/analytics/tasking/overlapShare';
import { pointInMultiPolygon } from '../../../src/analytics/tasking/pointInMultiPolygon';
import {
  multiPolygonArea,
  multiPolygonCentroid,
  signedRingArea,
} from '../../../src/analytics/tasking/polygonArea';

/** A closed anticlockwise rectangle ring. */
function rect(x0: number, y0: number, x1: number, y1: number): BngRing {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}
const square = (x0: number, y0: number, side: number): BngMultiPolygon => [
  [rect(x0, y0, x0 + side, y0 + side)],
];
/** |x| + |y| ≤ r around (cx, cy): area 2r². */
const diamond = (cx: number, cy: number, r: number): BngMultiPolygon => [
  [
    [
      [cx + r, cy],
      [cx, cy + r],
      [cx - r, cy],
      [cx, cy - r],
      [cx + r, cy],
    ],
  ],
];

describe('areas in square metres', () => {
  it('a 100 m square is 10,000 m², anticlockwise positive and clockwise negative', () => {
    const ring = rect(451000, 371000, 451100, 371100);
    expect(signedRingArea(ring)).toBe(10_000);
    expect(signedRingArea([...ring].reverse())).toBe(-10_000);
    expect(multiPolygonArea([[ring]])).toBe(10_000);
  });

  it('a hole is subtracted whichever way it is wound, and polygons add', () => {
    const hole = rect(40, 40, 60, 60); // 20 × 20 = 400
    expect(multiPolygonArea([[rect(0, 0, 100, 100), hole]])).toBe(9_600);
    expect(multiPolygonArea([[rect(0, 0, 100, 100), [...hole].reverse()]])).toBe(9_600);
    expect(multiPolygonArea([[rect(0, 0, 100, 100)], [rect(200, 0, 250, 10)]])).toBe(10_500);
    expect(multiPolygonArea(diamond(0, 0, 10))).toBe(200);
  });

  it('the centroid of a square with an off-centre hole moves away from the hole', () => {
    expect(multiPolygonCentroid(square(0, 0, 100))).toEqual([50, 50]);
    // 10,000 m² at (50, 50) less 2,500 m² at (75, 50): x = (500,000 − 187,500) / 7,500 = 41.67.
    const [x, y] = multiPolygonCentroid([[rect(0, 0, 100, 100), rect(50, 25, 100, 75)]]) ?? [];
    expect(x).toBeCloseTo(312_500 / 7_500, 9);
    expect(y).toBeCloseTo(50, 9);
  });
});

describe('point in a multipolygon', () => {
  const shape: BngMultiPolygon = [
    [rect(0, 0, 100, 100), rect(40, 40, 60, 60)],
    [rect(200, 0, 300, 100)],
  ];
  it('is inside either polygon and outside the hole and between them', () => {
    expect(pointInMultiPolygon(shape, 10, 10)).toBe(true);
    expect(pointInMultiPolygon(shape, 250, 50)).toBe(true);
    expect(pointInMultiPolygon(shape, 50, 50)).toBe(false);
    expect(pointInMultiPolygon(shape, 150, 50)).toBe(false);
  });
  it('puts a point on an edge two squares share in exactly one of them', () => {
    const left = square(0, 0, 100);
    const right = square(100, 0, 100);
    expect([pointInMultiPolygon(left, 100, 50), pointInMultiPolygon(right, 100, 50)]).toEqual([
      false,
      true,
    ]);
  });
});

describe('distance to the boundary', () => {
  const shape = square(0, 0, 100);
  it('is measured to the nearest edge from outside, from inside and from a corner', () => {
    expect(boundaryDistance(shape, 150, 50)).toBe(50);
    expect(boundaryDistance(shape, 10, 50)).toBe(10);
    expect(boundaryDistance(shape, 103, 104)).toBe(5); // 3-4-5 from the corner (100, 100)
  });
  it('counts the edge of a hole', () => {
    expect(boundaryDistance([[rect(0, 0, 100, 100), rect(40, 40, 60, 60)]], 50, 50)).toBe(10);
  });
});

describe('overlap share = area(a ∩ b) / area(a)', () => {
  it('is exact (to rounding) for squares and rectangles', () => {
    expect(overlapShare(square(0, 0, 100), square(50, 0, 100))).toBeCloseTo(0.5, 12);
    expect(overlapShare(square(10, 10, 20), square(0, 0, 100))).toBeCloseTo(1, 12);
    expect(overlapShare(square(0, 0, 100), square(10, 10, 20))).toBeCloseTo(0.04, 12);
    expect(overlapShare(square(0, 0, 100), square(100, 0, 100))).toBe(0);
    // 200 × 100 against a box offset by (150, 50): the common 50 × 50 is 2,500 of 20,000.
    const a: BngMultiPolygon = [[rect(0, 0, 200, 100)]];
    const b: BngMultiPolygon = [[rect(150, 50, 350, 150)]];
    expect(overlapShare(a, b)).toBeCloseTo(0.125, 12);
    expect(overlapShare(b, a)).toBeCloseTo(0.125, 12);
  });

  it('is within 0.1% for slanted edges: a diamond over a square', () => {
    // The diamond |x|+|y| ≤ 10 (200 m²) meets the square [0,10]² in the triangle (0,0),(10,0),(0,10): 50 m².
    expect(intersectionArea(diamond(0, 0, 10), square(0, 0, 10))).toBeCloseTo(50, 2);
    expect(Math.abs(overlapShare(diamond(0, 0, 10), square(0, 0, 10)) - 0.25)).toBeLessThan(
      0.00025,
    );
    expect(Math.abs(overlapShare(square(0, 0, 10), diamond(0, 0, 10)) - 0.5)).toBeLessThan(0.0005);
  });

  it('leaves out a hole and matches the lens of two circles', () => {
    const holed: BngMultiPolygon = [[rect(0, 0, 100, 100), rect(25, 25, 75, 75)]];
    // The right half of the holed square: 5,000 − 1,250 of its 7,500 m².
    expect(overlapShare(holed, square(50, 0, 100))).toBeCloseTo(0.5, 9);
    // Two circles of radius r = 100 m, d = 100 m apart: lens = 2r²·acos(d/2r) − (d/2)·√(4r² − d²).
    const lens = 2 * 100 ** 2 * Math.acos(0.5) - 50 * Math.sqrt(4 * 100 ** 2 - 100 ** 2);
    const a = circlePolygon([450_000, 370_000], 100, 256);
    const b = circlePolygon([450_100, 370_000], 100, 256);
    expect(Math.abs(overlapShare(a, b) - lens / (Math.PI * 100 ** 2))).toBeLessThan(0.005);
  });
});

describe('circle polygon', () => {
  it('has sides + 1 closed positions and area ½·n·r²·sin(2π/n)', () => {
    const four = circlePolygon([0, 0], 10, 4);
    expect(four[0]?.[0]).toHaveLength(5);
    expect(multiPolygonArea(four)).toBeCloseTo(200, 9);
    const circle = circlePolygon([451_000, 371_000], 200, 64);
    expect(multiPolygonArea(circle)).toBeCloseTo(
      0.5 * 64 * 200 ** 2 * Math.sin((2 * Math.PI) / 64),
      6,
    );
    expect(signedRingArea(circle[0]?.[0] ?? [])).toBeGreaterThan(0);
    expect(() => circlePolygon([0, 0], 0)).toThrow(/positive radius/);
  });
});

describe('grid cells merged into an outline', () => {
  const lattice = { x0: 0, y0: 0, cellSize: 250 };

  it('a 2 × 2 block is one square ring with no interior edges', () => {
    const shape = cellsToMultiPolygon(
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ],
      lattice,
    );
    expect(shape).toHaveLength(1);
    expect(shape[0]).toHaveLength(1);
    expect(shape[0]?.[0]).toHaveLength(5);
    expect(multiPolygonArea(shape)).toBe(4 * 250 * 250);
    expect(boundingBox(shape)).toEqual([0, 0, 500, 500]);
  });

  it('an L of three cells is one ring of six corners, placed by the lattice origin', () => {
    const shape = cellsToMultiPolygon(
      [
        [0, 0],
        [1, 0],
        [0, 1],
      ],
      { x0: 1804, y0: 1484, cellSize: 250 },
    );
    expect(shape).toHaveLength(1);
    expect(shape[0]?.[0]).toHaveLength(7);
    expect(multiPolygonArea(shape)).toBe(3 * 62_500);
    expect(boundingBox(shape)).toEqual([451_000, 371_000, 451_500, 371_500]);
  });

  it('eight cells around an empty one give an outer ring and a hole', () => {
    const cells: [number, number][] = [];
    for (let ix = 0; ix < 3; ix++)
      for (let iy = 0; iy < 3; iy++) if (ix !== 1 || iy !== 1) cells.push([ix, iy]);
    const shape = cellsToMultiPolygon(cells, lattice);
    expect(shape).toHaveLength(1);
    expect(shape[0]).toHaveLength(2);
    expect(multiPolygonArea(shape)).toBe(8 * 62_500);
    expect(pointInMultiPolygon(shape, 375, 375)).toBe(false);
    expect(pointInMultiPolygon(shape, 125, 125)).toBe(true);
  });

  it('cells touching only at a corner stay two polygons; duplicates count once', () => {
    const shape = cellsToMultiPolygon(
      [
        [0, 0],
        [1, 1],
        [1, 1],
      ],
      lattice,
    );
    expect(shape).toHaveLength(2);
    expect(shape.map((p) => p[0]?.length)).toEqual([5, 5]);
    expect(multiPolygonArea(shape)).toBe(2 * 62_500);
  });

  it('a cell outline overlaps the cells it came from exactly', () => {
    const shape = cellsToMultiPolygon(
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [2, 1],
      ],
      lattice,
    );
    expect(overlapShare(square(500, 0, 250), shape)).toBeCloseTo(1, 12);
    expect(overlapShare(shape, square(0, 0, 500))).toBeCloseTo(0.5, 12);
  });
});

describe('bounding box', () => {
  it('grows by the buffer on every side', () => {
    expect(expandBox(boundingBox(diamond(100, 200, 10)), 50)).toEqual([40, 140, 160, 260]);
  });
});
