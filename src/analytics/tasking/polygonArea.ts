import type { BngMultiPolygon, BngRing } from './bngShapes';

/**
 * Signed area of a ring by the shoelace formula (as `sf::st_area` on a planar CRS, with sign):
 * positive when anticlockwise, negative when clockwise. Closed or open rings give the same value.
 */
export function signedRingArea(ring: BngRing): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    twice += (xj - xi) * (yj + yi);
  }
  return twice / 2;
}

/** Area of one polygon in square metres: its outer ring less its holes, whatever their winding. */
export function polygonArea(rings: readonly BngRing[]): number {
  let area = 0;
  rings.forEach((ring, k) => {
    const a = Math.abs(signedRingArea(ring));
    area += k === 0 ? a : -a;
  });
  return area;
}

/** Area of a multipolygon in square metres (its polygons are assumed not to overlap). */
export function multiPolygonArea(shape: BngMultiPolygon): number {
  return shape.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
}

/** The area-weighted centroid of a multipolygon, e.g. to place its label; null without area. */
export function multiPolygonCentroid(shape: BngMultiPolygon): [number, number] | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of shape)
    polygon.forEach((ring, k) => {
      const signed = signedRingArea(ring);
      // Outer rings add, holes subtract, whichever way each is wound.
      const sign = (k === 0 ? 1 : -1) * Math.sign(signed);
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        const cross = xj * yi - xi * yj;
        cx += sign * (xj + xi) * cross;
        cy += sign * (yj + yi) * cross;
      }
      area += sign * signed;
    });
  if (area === 0) return null;
  return [cx / (6 * area), cy / (6 * area)];
}
