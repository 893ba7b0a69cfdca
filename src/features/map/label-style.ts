import type { SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_ZOOMS } from './data-labels';

export const LABEL_SOURCE = 'data-labels';

/**
 * Text is drawn from the browser's own fonts (no glyphs URL: maplibre rasterises locally), so
 * labels need no font server. One family list for every label.
 */
export const LABEL_FONT = ['sans-serif'];

const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };

/**
 * One symbol layer per zoom band (a label joins at the zoom its name fits), so maplibre's
 * collision detection drops a label rather than overlap another; within a band the larger area or
 * busier street is placed first (`symbol-sort-key` = rank).
 */
export function dataLabelLayers(showStreets: boolean): SymbolLayerSpecification[] {
  const layers: SymbolLayerSpecification[] = [];
  for (let zoom = LABEL_ZOOMS.min; zoom <= LABEL_ZOOMS.max; zoom++) {
    layers.push({
      id: `data-label-area-${zoom}`,
      type: 'symbol',
      source: LABEL_SOURCE,
      minzoom: zoom,
      filter: ['all', ['==', ['get', 'kind'], 'area'], ['==', ['get', 'zoom'], zoom]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-max-width': 9,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 4,
      },
      paint: { 'text-color': '#2b3440', ...HALO },
    });
  }
  if (showStreets)
    layers.push({
      id: 'data-label-street',
      type: 'symbol',
      source: LABEL_SOURCE,
      minzoom: LABEL_ZOOMS.street,
      filter: ['==', ['get', 'kind'], 'street'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 3,
        'text-offset': [0, 0.9],
      },
      paint: { 'text-color': '#4a3b2a', ...HALO },
    });
  return layers;
}
