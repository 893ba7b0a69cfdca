import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { FlatPolygon } from '../analytics/hotspots/pointInPolygon';
import { flatPolygon, polygonContaining } from '../analytics/hotspots/pointInPolygon';

/** An area polygon with its code and name, for point-in-polygon assignment. */
export interface AreaPolygon {
  code: string;
  name: string;
  /** Residents from a `population` property, when the file carries one. */
  population: number | null;
  feature: Feature<Polygon | MultiPolygon>;
  /** The polygons of the area (one, or the parts of a MultiPolygon) as flat lon/lat rings. */
  parts: FlatPolygon[];
  /** [west, south, east, north] in degrees, the cheap prefilter before the exact test. */
  box: [number, number, number, number];
}

const CODE_PROPERTIES = ['code', 'LSOA21CD', 'LSOA11CD', 'WD23CD', 'WD22CD', 'WD13CD', 'CODE'];
const NAME_PROPERTIES = ['name', 'LSOA21NM', 'LSOA11NM', 'WD23NM', 'WD22NM', 'WD13NM', 'NAME'];

const flatRing = (ring: Position[]): Float64Array => {
  const flat = new Float64Array(ring.length * 2);
  ring.forEach((p, i) => {
    flat[i * 2] = p[0] as number;
    flat[i * 2 + 1] = p[1] as number;
  });
  return flat;
};

/**
 * The polygons of a GeoJSON geometry as flat [lon, lat, …] rings (outer first, then holes):
 * one for a Polygon, one per part for a MultiPolygon, none for anything else.
 */
export function polygonRings(geometry: Geometry | null): Float64Array[][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates.map(flatRing)];
  if (geometry?.type === 'MultiPolygon')
    return geometry.coordinates.map((part) => part.map(flatRing));
  return [];
}

function textProperty(
  properties: Record<string, unknown>,
  names: readonly string[],
): string | null {
  for (const name of names) {
    const value = properties[name];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

function areaBox(parts: readonly FlatPolygon[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    box[0] = Math.min(box[0], part.box[0]);
    box[1] = Math.min(box[1], part.box[1]);
    box[2] = Math.max(box[2], part.box[2]);
    box[3] = Math.max(box[3], part.box[3]);
  }
  return box;
}

/**
 * The polygons of a WGS84 GeoJSON FeatureCollection with a code and name each (ONS-style
 * `…CD`/`…NM` properties or `code`/`name`; the feature's position when it has neither).
 * Features that are not polygons are left out.
 */
export function areaPolygons(
  collection: FeatureCollection,
  nameProperty?: string | null,
): AreaPolygon[] {
  const areas: AreaPolygon[] = [];
  collection.features.forEach((feature, position) => {
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') return;
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const name =
      (nameProperty ? textProperty(properties, [nameProperty]) : null) ??
      textProperty(properties, NAME_PROPERTIES) ??
      `Area ${position + 1}`;
    const code = textProperty(properties, CODE_PROPERTIES) ?? name;
    const people = Number(properties.population ?? properties.Population ?? NaN);
    const parts = polygonRings(feature.geometry).map(flatPolygon);
    areas.push({
      code,
      name,
      population: Number.isFinite(people) ? people : null,
      feature: feature as Feature<Polygon | MultiPolygon>,
      parts,
      box: areaBox(parts),
    });
  });
  return areas;
}

/** Index (into `areas`) of the first area containing the WGS84 point, or −1 when none does. */
export function areaContaining(
  areas: readonly AreaPolygon[],
  longitude: number,
  latitude: number,
): number {
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i] as AreaPolygon;
    const [west, south, east, north] = area.box;
    if (longitude < west || longitude > east || latitude < south || latitude > north) continue;
    if (polygonContaining(area.parts, longitude, latitude) >= 0) return i;
  }
  return -1;
}
