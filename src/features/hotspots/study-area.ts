import type { Position } from 'geojson';
import type { BoundaryLayer } from '../import/boundaries';

/**
 * The loaded boundary polygons in the compact form sent to the hotspot worker: each polygon is
 * its rings (outer first, then holes) as flat [lon, lat, lon, lat, …] arrays in WGS84. The
 * worker projects them to BNG once per `key`.
 */
export interface StudyAreaInput {
  /** Identity of the boundaries (layer names and polygon counts), also in the query key. */
  key: string;
  /** Names of the boundary layers, for the parameters panel. */
  label: string;
  /** Number of area features (a ward that is a MultiPolygon counts once). */
  areaCount: number;
  polygons: Float64Array[][];
}

/** A short identity for the loaded boundaries, for cache keys (not the whole GeoJSON). */
export function boundaryIdentity(boundaries: readonly BoundaryLayer[]): string {
  return boundaries.map((b) => `${b.name}:${b.geojson.features.length}`).join('|');
}

/** Number of area features over all loaded boundary layers. */
export function boundaryAreaCount(boundaries: readonly BoundaryLayer[]): number {
  let count = 0;
  for (const b of boundaries) {
    for (const f of b.geojson.features) {
      const type = f.geometry?.type;
      if (type === 'Polygon' || type === 'MultiPolygon') count++;
    }
  }
  return count;
}

const flatRing = (ring: Position[]): Float64Array => {
  const flat = new Float64Array(ring.length * 2);
  ring.forEach((p, i) => {
    flat[i * 2] = p[0] as number;
    flat[i * 2 + 1] = p[1] as number;
  });
  return flat;
};

/** The union of the loaded boundary polygons as the study area, or null when none is loaded. */
export function studyAreaInput(boundaries: readonly BoundaryLayer[]): StudyAreaInput | null {
  const polygons: Float64Array[][] = [];
  for (const layer of boundaries) {
    for (const feature of layer.geojson.features) {
      const geometry = feature.geometry;
      if (geometry?.type === 'Polygon') polygons.push(geometry.coordinates.map(flatRing));
      else if (geometry?.type === 'MultiPolygon')
        for (const part of geometry.coordinates) polygons.push(part.map(flatRing));
    }
  }
  if (polygons.length === 0) return null;
  return {
    key: boundaryIdentity(boundaries),
    label: boundaries.map((b) => b.name).join(', '),
    areaCount: boundaryAreaCount(boundaries),
    polygons,
  };
}
