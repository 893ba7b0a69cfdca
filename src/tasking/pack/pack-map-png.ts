import { multiPolygonCentroid } from '../../analytics/tasking/polygonArea';
import type { BngMultiPolygon } from '../tasking-state';
import type { PackMap } from './pack-map';
import type { PackMapLayout } from './pack-map-layout';
import { CELL_FILL, packMapLayout, scaleBarStep } from './pack-map-layout';
import { drawText, textHeight, textWidth } from './raster/bitmap-font';
import { encodePng } from './raster/png-encode';
import type { PixelPoint, Raster, Rgb } from './raster/raster';
import { createRaster, downsample, fillRect, fillRings, strokePath } from './raster/raster';

/** Options of {@link packMapPng}. */
export interface PackMapPngOptions {
  /** Layout width in CSS pixels, as the SVG's (default 760). */
  width?: number;
  /** Output pixels per layout pixel (default 2: sharp in print). */
  pixelRatio?: number;
}

/** The pack map as a PNG, with its size in pixels. */
export interface PackMapPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Every edge is drawn at this many times the output size, then averaged down (anti-aliasing). */
const SUPERSAMPLE = 2;

const rgb = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const BOUNDARY_FILL = rgb('#f7f7f7');
const BOUNDARY_LINE = rgb('#888888');
const CANDIDATE_LINE = rgb('#e08214');
const CANDIDATE_TEXT = rgb('#b35806');
const TARGET_LINE = rgb('#2166ac');
const TARGET_TEXT = rgb('#053061');

/**
 * The pack's map as PNG bytes, drawn from the same model and layout as {@link packMapSvg} by our
 * own scanline rasteriser (no canvas, no tiles), so Node and the browser make the same picture:
 * boundaries filled and outlined, hot Gi* cells shaded by confidence, candidates dashed, targets
 * outlined, labels in a bitmap font, a scale bar and north. Null when there is nothing to draw.
 */
export function packMapPng(map: PackMap, options: PackMapPngOptions = {}): PackMapPng | null {
  const layout = packMapLayout(map, options.width ?? 760);
  if (!layout) return null;
  const ratio = (options.pixelRatio ?? 2) * SUPERSAMPLE;
  const raster = createRaster(
    Math.round(layout.width * ratio),
    Math.round(layout.height * ratio),
    WHITE,
  );
  const at = (e: number, n: number): PixelPoint => [layout.x(e) * ratio, layout.y(n) * ratio];
  const rings = (g: BngMultiPolygon) => g.flatMap((p) => p.map((r) => r.map(([e, n]) => at(e, n))));

  for (const b of map.boundaries) {
    fillRings(raster, rings(b.geometry), BOUNDARY_FILL);
    for (const ring of rings(b.geometry))
      strokePath(raster, ring, 0.8 * ratio, BOUNDARY_LINE, { closed: true });
  }
  const size = map.cellSize;
  for (const c of layout.hot)
    fillRect(
      raster,
      at(c.ix * size, (c.iy + 1) * size),
      at((c.ix + 1) * size, c.iy * size),
      rgb(CELL_FILL[c.class] as string),
      0.85,
    );
  for (const c of map.candidates)
    for (const ring of rings(c.geometry))
      strokePath(raster, ring, 1.5 * ratio, CANDIDATE_LINE, {
        closed: true,
        dash: [4 * ratio, 3 * ratio],
      });
  for (const t of map.targets)
    for (const ring of rings(t.geometry))
      strokePath(raster, ring, 2 * ratio, TARGET_LINE, { closed: true });
  for (const c of map.candidates) label(raster, layout, ratio, c.geometry, c.label, CANDIDATE_TEXT);
  for (const t of map.targets) label(raster, layout, ratio, t.geometry, t.id, TARGET_TEXT);
  scaleBar(raster, layout, ratio);

  const out = downsample(raster, SUPERSAMPLE);
  return { png: encodePng(out.width, out.height, out.data), width: out.width, height: out.height };
}

/** A label centred on the geometry's centroid, 12 px type with a white halo, as in the SVG. */
function label(
  raster: Raster,
  layout: PackMapLayout,
  ratio: number,
  geometry: BngMultiPolygon,
  text: string,
  colour: Rgb,
) {
  const centre = multiPolygonCentroid(geometry);
  if (!centre) return;
  const module = 1.3 * ratio;
  const x = layout.x(centre[0]) * ratio - textWidth(text, module) / 2;
  const y = layout.y(centre[1]) * ratio - textHeight(module);
  drawText(raster, text, [x, y], module, colour, { width: 1.5 * ratio, colour: WHITE });
}

/** The scale bar and "N" with an arrow, bottom left, as in the SVG. */
function scaleBar(raster: Raster, layout: PackMapLayout, ratio: number) {
  const { pixels, label: text } = scaleBarStep(layout.scale);
  const y = (layout.height - 12) * ratio;
  fillRect(raster, [10 * ratio, y - ratio], [(10 + pixels) * ratio, y + ratio], BLACK);
  const module = 1.2 * ratio;
  const top = y - textHeight(module) / 2;
  drawText(raster, text, [(16 + pixels) * ratio, top], module, BLACK);
  const north = (16 + pixels) * ratio + textWidth(text, module) + 12 * ratio;
  drawText(raster, 'N', [north, top], module, BLACK);
  const arrow = north + textWidth('N', module) + 3 * ratio;
  const bottom = top + textHeight(module);
  fillRings(
    raster,
    [
      [
        [arrow, top + 3 * module],
        [arrow + 2.5 * module, top],
        [arrow + 5 * module, top + 3 * module],
      ],
    ],
    BLACK,
  );
  fillRect(raster, [arrow + 2 * module, top + 2 * module], [arrow + 3 * module, bottom], BLACK);
}
