import { describe, expect, it } from 'vitest';
import { flatPolygon, pointInRings } from '../../../src/analytics/hotspots/pointInPolygon';
import {
  LABEL_ZOOMS,
  areaLabelZoom,
  areaLabels,
  streetLabels,
} from '../../../src/features/map/data-labels';
import { labelPoint } from '../../../src/features/map/label-point';
import { toBng } from '../../../src/ingest/bng';
import type { MapPoints } from '../../../src/queries/map-points';
import { areaPolygons } from '../../../src/reports/polygon-lookup';

/** A U-shaped ward: its centroid lies in the notch, outside the ward. */
const U_SHAPE: [number, number][] = [
  [-1.44, 53.22],
  [-1.4, 53.22],
  [-1.4, 53.26],
  [-1.41, 53.26],
  [-1.41, 53.23],
  [-1.43, 53.23],
  [-1.43, 53.26],
  [-1.44, 53.26],
  [-1.44, 53.22],
];

function ring(points: [number, number][]): Float64Array {
  return Float64Array.from(points.flat());
}

function mapPoints(rows: { lon: number; lat: number; count: number; location: string }[]) {
  const bng = rows.map((r) => toBng(r.lon, r.lat));
  const points: MapPoints = {
    longitude: Float64Array.from(rows, (r) => r.lon),
    latitude: Float64Array.from(rows, (r) => r.lat),
    easting: Float64Array.from(bng, (p) => p[0]),
    northing: Float64Array.from(bng, (p) => p[1]),
    count: Float64Array.from(rows, (r) => r.count),
    location: rows.map((r) => r.location),
    length: rows.length,
  };
  return points;
}

describe('area labels', () => {
  it('go inside a U-shaped ward, not at its centroid in the notch', () => {
    const polygon = flatPolygon([ring(U_SHAPE)]);
    const [x, y] = labelPoint(polygon);
    expect(pointInRings(polygon.rings, x, y)).toBe(true);
    expect(pointInRings(polygon.rings, -1.42, 53.245)).toBe(false);
  });

  it('appear later for smaller areas and longer names, within the label zooms', () => {
    const ward = areaLabelZoom(4_000_000, 53.2, 'Brimington North');
    const lsoa = areaLabelZoom(250_000, 53.2, 'Chesterfield 010F');
    expect(lsoa).toBeGreaterThan(ward);
    expect(areaLabelZoom(250_000, 53.2, 'Chesterfield 010F, long name')).toBeGreaterThanOrEqual(
      lsoa,
    );
    expect(areaLabelZoom(1e12, 53, 'X')).toBe(LABEL_ZOOMS.min);
    expect(areaLabelZoom(1, 53, 'Tiny')).toBe(LABEL_ZOOMS.max);
  });

  it('label each named area once, larger areas ranked first', () => {
    const square = (w: number, s: number, size: number) => ({
      type: 'Feature' as const,
      properties: { name: `Area ${size}`, code: `A${size}` },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [w, s],
            [w + size, s],
            [w + size, s + size],
            [w, s + size],
            [w, s],
          ],
        ],
      },
    });
    const labels = areaLabels(
      areaPolygons(
        {
          type: 'FeatureCollection',
          features: [square(-1.5, 53.2, 0.01), square(-1.4, 53.2, 0.05)],
        },
        'name',
      ),
    );
    expect(labels.map((l) => l.name).sort()).toEqual(['Area 0.01', 'Area 0.05']);
    const [small, large] = labels;
    expect(large?.rank).toBeLessThan(small?.rank ?? 0);
    expect(large?.minZoom).toBeLessThan(small?.minZoom ?? 0);
  });
});

describe('street labels from police.uk snap points', () => {
  it('name each street once per stretch, at its busiest point, and skip premises types', () => {
    const points = mapPoints([
      { lon: -1.4255, lat: 53.2355, count: 3, location: 'On or near Saltergate' },
      { lon: -1.4257, lat: 53.2356, count: 9, location: 'On or near Saltergate' },
      { lon: -1.405, lat: 53.2355, count: 2, location: 'On or near Saltergate' },
      { lon: -1.426, lat: 53.236, count: 5, location: 'On or near Holywell Street' },
      { lon: -1.4265, lat: 53.2362, count: 40, location: 'On or near Supermarket' },
      { lon: -1.427, lat: 53.237, count: 4, location: "On or near St Mary'S Gate" },
    ]);
    const labels = streetLabels(points);
    const names = labels.map((l) => l.name).sort();
    // Saltergate twice: the two points 1.3 km apart are two stretches of the street.
    expect(names).toEqual(['Holywell Street', 'Saltergate', 'Saltergate', "St Mary's Gate"]);
    const nearSaltergate = labels.find((l) => l.name === 'Saltergate' && l.longitude < -1.42);
    expect(nearSaltergate?.longitude).toBeCloseTo(-1.4257, 6);
    expect(labels.every((l) => l.minZoom === LABEL_ZOOMS.street)).toBe(true);
    expect(nearSaltergate?.rank).toBe(-9);
  });
});
