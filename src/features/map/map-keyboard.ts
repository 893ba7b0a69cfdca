import type { MapboxOverlay } from '@deck.gl/mapbox';

/**
 * The name the map's canvas is read out by when it takes focus, saying how to move it: maplibre's
 * own keyboard handler pans with the arrow keys and zooms with + and −.
 */
export const MAP_CANVAS_NAME = 'Map: arrow keys pan, + and − zoom';

/**
 * deck.gl's canvas lies over maplibre's and makes itself a tab stop with no name; the pointer and
 * the keyboard reach the map through maplibre's canvas, so the overlay leaves the tab order and
 * the accessibility tree.
 */
export function quietOverlayCanvas(overlay: MapboxOverlay): void {
  const canvas = overlay.getCanvas();
  if (!canvas) return;
  canvas.tabIndex = -1;
  canvas.setAttribute('aria-hidden', 'true');
}
