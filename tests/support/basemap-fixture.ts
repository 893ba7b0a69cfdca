import type { TileFeature } from './mvt-writer';
import { writeVectorTile } from './mvt-writer';
import type { ArchiveTile } from './pmtiles-writer';
import { writePmtiles } from './pmtiles-writer';

/** A feature of the fixture in lon/lat: a road or river line, a lake polygon, or a place point. */
interface LonLatFeature {
  layer: 'roads' | 'water' | 'places';
  type: TileFeature['type'];
  coordinates: [number, number][];
  name: string;
}

const EXTENT = 4096;

/** Web Mercator tile coordinates (fractional) of a lon/lat at zoom z. */
function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = ((lon + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  return [x, y];
}

/**
 * Made-up roads, a river, a lake and place names across a box: a basemap whose every name says
 * it is a fixture ("Fixture Road North"), so a screenshot can never pass it off as real mapping.
 */
export function fixtureFeatures(box: [number, number, number, number]): LonLatFeature[] {
  const [w, s, e, n] = box;
  const at = (fx: number, fy: number): [number, number] => [w + fx * (e - w), s + fy * (n - s)];
  return [
    {
      layer: 'water',
      type: 'line',
      name: 'Fixture River',
      coordinates: [at(0, 0.3), at(0.3, 0.35), at(0.6, 0.25), at(1, 0.3)],
    },
    {
      layer: 'water',
      type: 'polygon',
      name: 'Fixture Lake',
      coordinates: [at(0.7, 0.7), at(0.8, 0.7), at(0.8, 0.78), at(0.7, 0.78)],
    },
    {
      layer: 'roads',
      type: 'line',
      name: 'Fixture Road North',
      coordinates: [at(0, 0.6), at(0.5, 0.62), at(1, 0.58)],
    },
    {
      layer: 'roads',
      type: 'line',
      name: 'Fixture Road East',
      coordinates: [at(0.55, 0), at(0.52, 0.5), at(0.56, 1)],
    },
    {
      layer: 'roads',
      type: 'line',
      name: 'Fixture Lane',
      coordinates: [at(0.2, 0.1), at(0.25, 0.5), at(0.35, 0.9)],
    },
    { layer: 'places', type: 'point', name: 'Fixtureton', coordinates: [at(0.45, 0.5)] },
    { layer: 'places', type: 'point', name: 'Little Fixture', coordinates: [at(0.15, 0.8)] },
  ];
}

/** The features in one tile's coordinates (whole features: maplibre clips at the tile edge). */
function tileLayers(features: LonLatFeature[], z: number, tx: number, ty: number) {
  const layers: Record<string, TileFeature[]> = {};
  for (const f of features) {
    const points = f.coordinates.map(([lon, lat]) => {
      const [x, y] = tileXY(lon, lat, z);
      return [Math.round((x - tx) * EXTENT), Math.round((y - ty) * EXTENT)] as [number, number];
    });
    (layers[f.layer] ??= []).push({
      type: f.type,
      geometry: [points],
      properties: { name: f.name },
    });
  }
  return layers;
}

/** A PMTiles basemap of the fixture features over `box`, zooms `minZoom`…`maxZoom`. */
export function fixtureBasemap(
  box: [number, number, number, number],
  minZoom = 8,
  maxZoom = 14,
): Uint8Array {
  const features = fixtureFeatures(box);
  const tiles: ArchiveTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, y0] = tileXY(box[0], box[3], z).map(Math.floor) as [number, number];
    const [x1, y1] = tileXY(box[2], box[1], z).map(Math.floor) as [number, number];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++)
        tiles.push({ z, x, y, bytes: writeVectorTile(tileLayers(features, z, x, y)) });
  }
  return writePmtiles(tiles, {
    bounds: box,
    metadata: {
      name: 'Test fixture basemap',
      attribution: 'Test fixture, not real mapping',
      vector_layers: [{ id: 'water' }, { id: 'roads' }, { id: 'places' }],
    },
  });
}
