import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Basemap } from './basemap-store';
import { basemapTileUrl } from './basemap-protocol';
import { BASEMAP_SOURCE, basemapLayers } from './basemap-style';
import { LABEL_SOURCE, dataLabelLayers } from './label-style';
import { ANCHORS } from './offline-style';

const BOUNDARY_SOURCE = 'boundaries';

function setGeoJson(map: MapLibre, id: string, data: FeatureCollection): boolean {
  const source = map.getSource(id) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    return false;
  }
  map.addSource(id, { type: 'geojson', data });
  return true;
}

/** Boundaries under the data: a light wash (lighter over a basemap) and grey outlines. */
export function drawBoundaries(map: MapLibre, data: FeatureCollection, overBasemap: boolean) {
  if (setGeoJson(map, BOUNDARY_SOURCE, data)) {
    map.addLayer(
      {
        id: 'boundary-fill',
        type: 'fill',
        source: BOUNDARY_SOURCE,
        paint: { 'fill-color': '#ffffff' },
      },
      ANCHORS.data,
    );
    map.addLayer(
      {
        id: 'boundary-line',
        type: 'line',
        source: BOUNDARY_SOURCE,
        paint: { 'line-color': '#5b6b7b', 'line-width': 1.2 },
      },
      ANCHORS.data,
    );
  }
  map.setPaintProperty('boundary-fill', 'fill-opacity', overBasemap ? 0.15 : 0.6);
}

/** Names the data knows, above the data; street names only where no basemap names the streets. */
export function drawDataLabels(map: MapLibre, data: FeatureCollection, showStreets: boolean) {
  setGeoJson(map, LABEL_SOURCE, data);
  for (const layer of map.getStyle().layers)
    if (layer.id.startsWith('data-label-')) map.removeLayer(layer.id);
  for (const layer of dataLabelLayers(showStreets)) map.addLayer(layer);
}

/** Swaps the basemap's source and layers for those of `basemap` (none: removes them). */
export function drawBasemap(map: MapLibre, basemap: Basemap | null) {
  for (const layer of map.getStyle().layers)
    if (layer.id.startsWith('basemap-')) map.removeLayer(layer.id);
  if (map.getSource(BASEMAP_SOURCE)) map.removeSource(BASEMAP_SOURCE);
  if (!basemap) return;
  const { header } = basemap.archive;
  map.addSource(BASEMAP_SOURCE, {
    type: 'vector',
    tiles: [basemapTileUrl(basemap.generation)],
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: header.bounds,
  });
  const { geometry, labels } = basemapLayers(basemap.sourceLayers);
  for (const layer of geometry) map.addLayer(layer, ANCHORS.boundaries);
  for (const layer of labels) map.addLayer(layer, ANCHORS.labels);
}
