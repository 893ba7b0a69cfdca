import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  flatPolygon,
  pointInRings,
  polygonContaining,
} from '../../../src/analytics/hotspots/pointInPolygon';
import { areaContaining, areaPolygons } from '../../../src/reports/polygon-lookup';

/** A closed flat ring through the corners. */
const ring = (...corners: [number, number][]): Float64Array =>
  Float64Array.from([...corners, corners[0] as [number, number]].flat());

const square = (x0: number, y0: number, x1: number, y1: number) =>
  ring([x0, y0], [x1, y0], [x1, y1], [x0, y1]);

describe('point in polygon', () => {
  it('leaves a point in a hole outside, and a point between the hole and the outer ring inside', () => {
    const withHole = [square(0, 0, 10, 10), square(4, 4, 6, 6)];
    expect(pointInRings(withHole, 5, 5)).toBe(false);
    expect(pointInRings(withHole, 2, 5)).toBe(true);
    expect(pointInRings(withHole, 11, 5)).toBe(false);
  });

  it('follows a concave outline: the notch of an L is outside', () => {
    const l = [ring([0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10])];
    expect(pointInRings(l, 2, 8)).toBe(true);
    expect(pointInRings(l, 8, 2)).toBe(true);
    expect(pointInRings(l, 8, 8)).toBe(false);
  });

  it('puts a point on an edge or corner that areas share in exactly one of them', () => {
    const tiles = [
      flatPolygon([square(0, 0, 10, 10)]),
      flatPolygon([square(10, 0, 20, 10)]),
      flatPolygon([square(0, 10, 10, 20)]),
      flatPolygon([square(10, 10, 20, 20)]),
    ];
    const shared: [number, number][] = [
      [10, 5],
      [5, 10],
      [10, 10],
      [15, 10],
      [10, 15],
    ];
    for (const [x, y] of shared) {
      const holders = tiles.filter((p) => pointInRings(p.rings, x, y));
      expect(holders, `point ${x}, ${y}`).toHaveLength(1);
    }
    // Half-open like the grid's cells: the edge belongs to the area right of or above it.
    expect(polygonContaining(tiles, 10, 5)).toBe(1);
    expect(polygonContaining(tiles, 5, 10)).toBe(2);
    expect(polygonContaining(tiles, 10, 10)).toBe(3);
  });

  it('answers the index of the first polygon containing the point, or −1', () => {
    const parts = [flatPolygon([square(0, 0, 1, 1)]), flatPolygon([square(5, 5, 6, 6)])];
    expect(polygonContaining(parts, 5.5, 5.5)).toBe(1);
    expect(polygonContaining(parts, 3, 3)).toBe(-1);
    expect(parts[1]?.box).toEqual([5, 5, 6, 6]);
  });
});

describe('areas from GeoJSON', () => {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'E1', name: 'Islands' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [-1.5, 53],
                [-1.4, 53],
                [-1.4, 53.1],
                [-1.5, 53.1],
                [-1.5, 53],
              ],
            ],
            [
              [
                [-1.2, 53],
                [-1.1, 53],
                [-1.1, 53.1],
                [-1.2, 53.1],
                [-1.2, 53],
              ],
              [
                [-1.16, 53.04],
                [-1.14, 53.04],
                [-1.14, 53.06],
                [-1.16, 53.06],
                [-1.16, 53.04],
              ],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'A road' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [-1.5, 53],
            [-1.1, 53.1],
          ],
        },
      },
    ],
  };
  const areas = areaPolygons(collection);

  it('keeps every part of a MultiPolygon as one area, with the box of all its parts', () => {
    expect(areas).toHaveLength(1);
    expect(areas[0]?.parts).toHaveLength(2);
    expect(areas[0]?.box).toEqual([-1.5, 53, -1.1, 53.1]);
  });

  it('finds a point in either part, but not between the parts or in the second part’s hole', () => {
    expect(areaContaining(areas, -1.45, 53.05)).toBe(0);
    expect(areaContaining(areas, -1.12, 53.05)).toBe(0);
    expect(areaContaining(areas, -1.3, 53.05)).toBe(-1);
    expect(areaContaining(areas, -1.15, 53.05)).toBe(-1);
  });
});
