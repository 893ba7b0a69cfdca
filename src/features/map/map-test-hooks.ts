import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibre } from 'maplibre-gl';

declare global {
  interface Window {
    /** Read-only handles for the end-to-end tests (deck.gl picking, map state). */
    __cspMap?: { map: MapLibre; overlay: MapboxOverlay };
  }
}

export function exposeMapForTests(map: MapLibre, overlay: MapboxOverlay): void {
  window.__cspMap = { map, overlay };
}
