import type { StyleSpecification } from 'maplibre-gl';

/** Hidden layers that fix the drawing order: basemap, boundaries, data, then names on top. */
export const ANCHORS = {
  boundaries: 'anchor-boundaries',
  data: 'anchor-data',
  labels: 'anchor-labels',
} as const;

const anchor = (id: string) =>
  ({ id, type: 'background', layout: { visibility: 'none' } }) as const;

/**
 * A map style that needs no server: a plain background and the order anchors. No `glyphs` URL:
 * maplibre draws label text from the browser's own fonts, so names need no font download.
 */
export const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
    anchor(ANCHORS.boundaries),
    anchor(ANCHORS.data),
    anchor(ANCHORS.labels),
  ],
};
