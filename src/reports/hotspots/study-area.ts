import type { BoundaryLayer } from '../boundary-layer';
import { polygonRings } from '../polygon-lookup';

/**
 * The loaded boundary polygons in the compact form sent to the hotspot worker: each polygon is
 * its rings (outer first, then holes) as flat [lon, lat, lon, lat, …] arrays in WGS84. The
 * pipeline projects them to BNG once per `key`.
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

/** The union of the loaded boundary polygons as the study area, or null when none is loaded. */
export function studyAreaInput(boundaries: readonly BoundaryLayer[]): StudyAreaInput | null {
  const polygons: Float64Array[][] = [];
  for (const layer of boundaries) {
    for (const feature of layer.geojson.features) polygons.push(...polygonRings(feature.geometry));
  }
  if (polygons.length === 0) return null;
  return {
    key: boundaryIdentity(boundaries),
    label: boundaries.map((b) => b.name).join(', '),
    areaCount: boundaryAreaCount(boundaries),
    polygons,
  };
}
