import type { BoundaryPredicate } from '../../analytics/hotspots/cellGrid';
import type { FlatPolygon } from '../../analytics/hotspots/pointInPolygon';
import { flatPolygon, polygonContaining } from '../../analytics/hotspots/pointInPolygon';
import type { BngBounds } from '../../analytics/hotspots/robustExtent';
import { toBng } from '../../ingest/bng';
import type { StudyAreaInput } from './study-area';

function projectRing(ring: Float64Array): Float64Array {
  const out = new Float64Array(ring.length);
  for (let i = 0; i < ring.length; i += 2) {
    const [e, n] = toBng(ring[i] as number, ring[i + 1] as number);
    out[i] = e;
    out[i + 1] = n;
  }
  return out;
}

/** The study area polygons projected to BNG metres, each with its box. */
export function projectStudyArea(input: StudyAreaInput): FlatPolygon[] {
  return input.polygons.map((rings) => flatPolygon(rings.map(projectRing)));
}

/** The box around all the polygons: the extent of the grid when a boundary is the study area. */
export function polygonsBounds(polygons: readonly FlatPolygon[]): BngBounds {
  const bounds = {
    minEasting: Infinity,
    minNorthing: Infinity,
    maxEasting: -Infinity,
    maxNorthing: -Infinity,
  };
  for (const { box } of polygons) {
    bounds.minEasting = Math.min(bounds.minEasting, box[0]);
    bounds.minNorthing = Math.min(bounds.minNorthing, box[1]);
    bounds.maxEasting = Math.max(bounds.maxEasting, box[2]);
    bounds.maxNorthing = Math.max(bounds.maxNorthing, box[3]);
  }
  return bounds;
}

/** True when the BNG point lies in any of the polygons. */
export function insidePolygonsPredicate(polygons: readonly FlatPolygon[]): BoundaryPredicate {
  return (e, n) => polygonContaining(polygons, e, n) >= 0;
}

let cached: { key: string; polygons: FlatPolygon[] } | null = null;

/**
 * The projected polygons of a study area, reused while the boundaries stay the same
 * (one projection per boundary set, not per job).
 */
export function studyAreaPolygons(input: StudyAreaInput): FlatPolygon[] {
  if (cached?.key !== input.key) cached = { key: input.key, polygons: projectStudyArea(input) };
  return cached.polygons;
}
