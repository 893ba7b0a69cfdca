import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapPoints } from '../../queries/map-points';
import type { AreaPolygon } from '../../reports/polygon-lookup';
import { isStreetName, streetName } from '../../reports/tasking/candidate-places';
import { labelPoint, polygonAreaSquareMetres } from './label-point';

/** A name the data itself knows, placed on the map from a zoom on. */
export interface MapLabel {
  name: string;
  kind: 'area' | 'street';
  longitude: number;
  latitude: number;
  /** The zoom (whole number) from which the name fits: the label layer it goes in. */
  minZoom: number;
  /** Lower is placed first when labels collide. */
  rank: number;
}

/** Zooms at which data labels may appear. */
export const LABEL_ZOOMS = { min: 9, max: 16, street: 15 } as const;

/** Width of a label's text in screen pixels per character, at the 12–13 px label size. */
const PIXELS_PER_CHARACTER = 7.5;
/** Metres per pixel at zoom 0 on the equator for maplibre's 512 px tiles. */
const METRES_PER_PIXEL_Z0 = 78_271.517;
/** Same-name snap points closer than this share one street label. */
const STREET_LABEL_SPACING_METRES = 350;

/**
 * The first whole zoom at which the name fits inside the area with room to spare: the area's
 * width (√area) in pixels reaches 1.3 × the text's width. Small areas get their names later.
 */
export function areaLabelZoom(areaSquareMetres: number, latitude: number, name: string): number {
  const textPixels = Math.max(4, name.length) * PIXELS_PER_CHARACTER * 1.3;
  const width = Math.sqrt(Math.max(1, areaSquareMetres));
  const metresPerPixelZ0 = METRES_PER_PIXEL_Z0 * Math.cos((latitude * Math.PI) / 180);
  const zoom = Math.ceil(Math.log2((metresPerPixelZ0 * textPixels) / width));
  return Math.min(LABEL_ZOOMS.max, Math.max(LABEL_ZOOMS.min, zoom));
}

/** One label per named area, inside its largest part, from the zoom its name fits at. */
export function areaLabels(areas: readonly AreaPolygon[]): MapLabel[] {
  const labels: MapLabel[] = [];
  for (const area of areas) {
    if (!area.name) continue;
    let largest = area.parts[0];
    let largestArea = largest ? polygonAreaSquareMetres(largest) : 0;
    for (const part of area.parts.slice(1)) {
      const size = polygonAreaSquareMetres(part);
      if (size > largestArea) [largest, largestArea] = [part, size];
    }
    if (!largest) continue;
    const [longitude, latitude] = labelPoint(largest);
    const minZoom = areaLabelZoom(largestArea, latitude, area.name);
    labels.push({
      name: area.name,
      kind: 'area',
      longitude,
      latitude,
      minZoom,
      rank: -largestArea,
    });
  }
  return labels;
}

/**
 * Street names from police.uk's "On or near …" snap points: per street name, the busiest point
 * carries the label and same-name points within {@link STREET_LABEL_SPACING_METRES} of a
 * labelled one carry none. Premises types ("Supermarket") are not streets and get no label.
 * Busier streets are placed first.
 */
export function streetLabels(points: MapPoints): MapLabel[] {
  const byName = new Map<string, number[]>();
  for (let i = 0; i < points.length; i++) {
    const name = streetName(points.location[i] ?? '');
    if (!isStreetName(name)) continue;
    const list = byName.get(name) ?? [];
    list.push(i);
    byName.set(name, list);
  }
  const labels: MapLabel[] = [];
  for (const [name, members] of byName) {
    members.sort((a, b) => (points.count[b] as number) - (points.count[a] as number));
    const placed: number[] = [];
    for (const i of members) {
      const e = points.easting[i] as number;
      const n = points.northing[i] as number;
      const near = placed.some(
        (j) =>
          Math.hypot((points.easting[j] as number) - e, (points.northing[j] as number) - n) <
          STREET_LABEL_SPACING_METRES,
      );
      if (near) continue;
      placed.push(i);
      labels.push({
        name,
        kind: 'street',
        longitude: points.longitude[i] as number,
        latitude: points.latitude[i] as number,
        minZoom: LABEL_ZOOMS.street,
        rank: -(points.count[i] as number),
      });
    }
  }
  return labels;
}

/** The labels as GeoJSON points for the map's label layers (properties: name, kind, zoom, rank). */
export function labelsGeoJson(labels: readonly MapLabel[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: labels.map((l): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [l.longitude, l.latitude] },
      properties: { name: l.name, kind: l.kind, zoom: l.minZoom, rank: l.rank },
    })),
  };
}
