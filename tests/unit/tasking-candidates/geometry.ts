import type { BngMultiPolygon } from '../../../src/tasking/tasking-state';

/** Even–odd test of a BNG point against every ring of every polygon (written for the tests). */
export function insideGeometry(geometry: BngMultiPolygon, e: number, n: number): boolean {
  return geometry.some((polygon) => {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > n !== yj > n && e < ((xj - xi) * (n - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}
