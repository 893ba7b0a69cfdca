import type { StyleSpecification } from 'maplibre-gl';

/** A map style that needs no tile server: a plain background; data layers go on top. */
export const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
};
