import type { BoundaryPredicate } from '../../analytics/hotspots/cellGrid';
import type { BngBounds } from '../../analytics/hotspots/robustExtent';
import { toBng } from '../../ingest/bng';
import type { StudyAreaInput } from './study-area';

/** A polygon in BNG metres: flat rings (outer first, then holes) and its bounding box. */
export interface BngPolygon {
  rings: Float64Array[];
  bounds: BngBounds;
}

function projectRing(ring: Float64Array): Float64Array {
  const out = new Float64Array(ring.length);
  for (let i = 0; i < ring.length; i += 2) {
    const [e, n] = toBng(ring[i] as number, ring[i + 1] as number);
    out[i] = e;
    out[i + 1] = n;
  }
  return out;
}

function ringBounds(rings: readonly Float64Array[]): BngBounds {
  const b = {
    minEasting: Infinity,
    minNorthing: Infinity,
    maxEasting: -Infinity,
    maxNorthing: -Infinity,
  };
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const e = ring[i] as number;
      const n = ring[i + 1] as number;
      if (e < b.minEasting) b.minEasting = e;
      if (e > b.maxEasting) b.maxEasting = e;
      if (n < b.minNorthing) b.minNorthing = n;
      if (n > b.maxNorthing) b.maxNorthing = n;
    }
  }
  return b;
}

/** The study area polygons projected to BNG, each with its box. */
export function projectStudyArea(input: StudyAreaInput): BngPolygon[] {
  return input.polygons.map((rings) => {
    const projected = rings.map(projectRing);
    return { rings: projected, bounds: ringBounds(projected) };
  });
}

/** The box around all the polygons: the extent of the grid when a boundary is the study area. */
export function polygonsBounds(polygons: readonly BngPolygon[]): BngBounds {
  return ringBounds(polygons.flatMap((p) => p.rings));
}

/** Even–odd crossing test over all rings of a polygon, so holes are outside. */
function insideRings(rings: readonly Float64Array[], e: number, n: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const count = ring.length / 2;
    for (let i = 0, j = count - 1; i < count; j = i++) {
      const ei = ring[i * 2] as number;
      const ni = ring[i * 2 + 1] as number;
      const ej = ring[j * 2] as number;
      const nj = ring[j * 2 + 1] as number;
      if (ni > n !== nj > n && e < ((ej - ei) * (n - ni)) / (nj - ni) + ei) inside = !inside;
    }
  }
  return inside;
}

/** True when the BNG point lies in any of the polygons (box prefilter, then the exact test). */
export function insidePolygonsPredicate(polygons: readonly BngPolygon[]): BoundaryPredicate {
  return (e, n) => {
    for (const { rings, bounds } of polygons) {
      if (e < bounds.minEasting || e > bounds.maxEasting) continue;
      if (n < bounds.minNorthing || n > bounds.maxNorthing) continue;
      if (insideRings(rings, e, n)) return true;
    }
    return false;
  };
}

let cached: { key: string; polygons: BngPolygon[] } | null = null;

/**
 * The projected polygons of a study area, reused while the boundaries stay the same
 * (one projection per boundary set, not per job).
 */
export function studyAreaPolygons(input: StudyAreaInput): BngPolygon[] {
  if (cached?.key !== input.key) cached = { key: input.key, polygons: projectStudyArea(input) };
  return cached.polygons;
}
