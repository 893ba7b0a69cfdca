import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { BoundaryPredicate } from '../analytics/hotspots/cellGrid';
import { fromBng } from '../ingest/bng';

/** An area polygon with its code and name, for point-in-polygon assignment. */
export interface AreaPolygon {
  code: string;
  name: string;
  /** Residents from a `population` property, when the file carries one. */
  population: number | null;
  feature: Feature<Polygon | MultiPolygon>;
  /** [west, south, east, north] in degrees, the cheap prefilter before the exact test. */
  box: [number, number, number, number];
}

const CODE_PROPERTIES = ['code', 'LSOA21CD', 'LSOA11CD', 'WD23CD', 'WD22CD', 'WD13CD', 'CODE'];
const NAME_PROPERTIES = ['name', 'LSOA21NM', 'LSOA11NM', 'WD23NM', 'WD22NM', 'WD13NM', 'NAME'];

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
    const polygon = feature as Feature<Polygon | MultiPolygon>;
    const people = Number(properties.population ?? properties.Population ?? NaN);
    areas.push({
      code,
      name,
      population: Number.isFinite(people) ? people : null,
      feature: polygon,
      box: bbox(polygon) as [number, number, number, number],
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
    if (booleanPointInPolygon([longitude, latitude], area.feature)) return i;
  }
  return -1;
}

/**
 * A study-area predicate for the grid: true when the BNG point, projected back to WGS84,
 * lies inside any of the polygons (cells are kept when their centre is inside).
 */
export function boundaryPredicate(areas: readonly AreaPolygon[]): BoundaryPredicate {
  return (easting, northing) => {
    const [longitude, latitude] = fromBng(easting, northing);
    return areaContaining(areas, longitude, latitude) >= 0;
  };
}
