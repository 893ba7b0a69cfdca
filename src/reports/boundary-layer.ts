import type { FeatureCollection } from 'geojson';

/** A set of area boundaries the user loaded (wards, LSOAs…), in WGS84. */
export interface BoundaryLayer {
  name: string;
  geojson: FeatureCollection;
  /** The property that names each area, guessed from the file. */
  nameProperty: string | null;
}

const NAME_PROPERTIES = [
  'name',
  'WD13NM',
  'WD22NM',
  'WD23NM',
  'LSOA11NM',
  'LSOA21NM',
  'NAME',
  'Name',
];

/** Reads a GeoJSON FeatureCollection, or explains why it cannot. */
export function parseBoundaryFile(name: string, text: string): BoundaryLayer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${String(error)})`, { cause: error });
  }
  const collection = parsed as Partial<FeatureCollection>;
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${name}: expected a GeoJSON FeatureCollection of area polygons`);
  }
  const polygons = collection.features.filter(
    (f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  if (polygons.length === 0) throw new Error(`${name}: the file has no polygons`);
  const first = polygons[0]?.properties ?? {};
  const nameProperty =
    NAME_PROPERTIES.find((p) => typeof first[p] === 'string') ??
    Object.keys(first).find((k) => /nm$|name/i.test(k)) ??
    null;
  return { name, geojson: { type: 'FeatureCollection', features: polygons }, nameProperty };
}
