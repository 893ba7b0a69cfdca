import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './label-style';

export const BASEMAP_SOURCE = 'basemap';

/** The name a feature of any common schema carries (OpenMapTiles, Protomaps, OS Zoomstack). */
const NAME: unknown = [
  'coalesce',
  ['get', 'name:en'],
  ['get', 'name_en'],
  ['get', 'name'],
  ['get', 'name1'],
  ['get', 'Name'],
];

const WATER = /water|sea|ocean|river|foreshore|lake|reservoir/i;
const ROADS = /road|transport|street|highway/i;
const PLACES = /place|names?$|label|settlement/i;
const GREEN = /park|green|wood|forest|landuse|landcover/i;
const BUILDINGS = /building/i;

/**
 * Layers for a vector basemap of whatever schema the file uses: each source layer is drawn by
 * what its name says it holds (water, green space, buildings, roads, place names), so OS Open
 * Zoomstack, OpenMapTiles and Protomaps extracts all get roads, water and place names. Geometry
 * layers sit under the boundaries and data; name layers above the data (`labels`).
 */
export function basemapLayers(sourceLayers: readonly string[]): {
  geometry: LayerSpecification[];
  labels: LayerSpecification[];
} {
  const geometry: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  const base = (layer: string) => ({ source: BASEMAP_SOURCE, 'source-layer': layer });
  for (const layer of sourceLayers) {
    if (WATER.test(layer)) {
      geometry.push({
        id: `basemap-${layer}-water`,
        type: 'fill',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#b5d3e7' },
      });
      geometry.push({
        id: `basemap-${layer}-waterline`,
        type: 'line',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: {
          'line-color': '#8fbcdb',
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 3],
        },
      });
    } else if (GREEN.test(layer) || BUILDINGS.test(layer)) {
      geometry.push({
        id: `basemap-${layer}-fill`,
        type: 'fill',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': BUILDINGS.test(layer) ? '#dcd7d0' : '#d9ead3', 'fill-opacity': 0.8 },
      });
    } else if (ROADS.test(layer)) {
      geometry.push({
        id: `basemap-${layer}-casing`,
        type: 'line',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': '#c3c7cc',
          'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 9, 1, 13, 3, 17, 14],
        },
      });
      geometry.push({
        id: `basemap-${layer}-road`,
        type: 'line',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': '#ffffff',
          'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 9, 0.5, 13, 2, 17, 11],
        },
      });
      labels.push({
        id: `basemap-${layer}-road-name`,
        type: 'symbol',
        ...base(layer),
        minzoom: 14,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: {
          'symbol-placement': 'line',
          'text-field': NAME as never,
          'text-font': LABEL_FONT,
          'text-size': 12,
        },
        paint: { 'text-color': '#555c63', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      });
    } else if (PLACES.test(layer)) {
      labels.push({
        id: `basemap-${layer}-place`,
        type: 'symbol',
        ...base(layer),
        filter: ['==', ['geometry-type'], 'Point'],
        layout: { 'text-field': NAME as never, 'text-font': LABEL_FONT, 'text-size': 14 },
        paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      });
    }
  }
  return { geometry, labels };
}
