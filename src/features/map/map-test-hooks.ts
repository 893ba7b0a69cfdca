import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibre } from 'maplibre-gl';

declare global {
  interface Window {
    /** Read-only handles for the end-to-end tests (deck.gl picking, map state). */
    __cspMap?: { map: MapLibre; overlay: MapboxOverlay };
  }
}

/** Only in the end-to-end build (`vite build --mode e2e`); the production bundle leaves it out. */
export function exposeMapForTests(map: MapLibre, overlay: MapboxOverlay): void {
  if (import.meta.env.MODE === 'e2e') window.__cspMap = { map, overlay };
}
