import type { BngMultiPolygon } from '../tasking-state';
import { escapeMarkup } from './markup';
import type { PackMap } from './pack-map';
import { CELL_FILL, packMapLayout, scaleBarStep } from './pack-map-layout';
import { boundingBox, expandBox } from '../../analytics/tasking/boundingBox';
import { multiPolygonCentroid } from '../../analytics/tasking/polygonArea';

/** Options of {@link packMapSvg}. */
export interface PackMapSvgOptions {
  /** Width in pixels (the height follows the extent); default 760. */
  width?: number;
  /** Accessible title. */
  title?: string;
  /** Draw only this box [minE, minN, maxE, maxN] (e.g. around one target) instead of everything. */
  focus?: [number, number, number, number];
}

/** The box of a geometry grown by `margin` metres on every side, for a focused map. */
export function focusBox(
  geometry: BngMultiPolygon,
  margin: number,
): [number, number, number, number] | null {
  if (geometry.flat(2).length === 0) return null;
  return expandBox(boundingBox(geometry), margin);
}

/**
 * The pack's map as a standalone SVG drawn from geometry alone (no tiles): boundaries, the hot
 * Gi* cells shaded by confidence, candidates dashed, and targets outlined and labelled by id,
 * with a scale bar. North is up; 1 pixel is the same number of metres both ways.
 */
export function packMapSvg(map: PackMap, options: PackMapSvgOptions = {}): string {
  const width = options.width ?? 760;
  const layout = packMapLayout(map, width, options.focus);
  if (!layout) return emptySvg(width, 'No geometry to draw for this month.');
  const { height, scale, hot } = layout;
  const px = (e: number) => layout.x(e).toFixed(1);
  const py = (n: number) => layout.y(n).toFixed(1);
  const path = (g: BngMultiPolygon) =>
    g
      .flatMap((polygon) =>
        polygon.map((ring) => `M${ring.map(([e, n]) => `${px(e)},${py(n)}`).join('L')}Z`),
      )
      .join('');
  const label = (g: BngMultiPolygon, text: string, colour: string) => {
    const c = multiPolygonCentroid(g);
    if (!c) return '';
    return `<text x="${px(c[0])}" y="${py(c[1])}" fill="${colour}" font-size="12" font-weight="bold" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeMarkup(text)}</text>`;
  };
  const size = map.cellSize;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif" role="img">`,
    `<title>${escapeMarkup(options.title ?? map.caption)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...map.boundaries.map(
      (b) => `<path d="${path(b.geometry)}" fill="#f7f7f7" stroke="#888" stroke-width="0.8"/>`,
    ),
    ...hot.map(
      (c) =>
        `<rect x="${px(c.ix * size)}" y="${py((c.iy + 1) * size)}" width="${(size * scale).toFixed(1)}" height="${(size * scale).toFixed(1)}" fill="${CELL_FILL[c.class]}" fill-opacity="0.85"/>`,
    ),
    ...map.candidates.map(
      (c) =>
        `<path d="${path(c.geometry)}" fill="none" stroke="#e08214" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    ),
    ...map.targets.map(
      (t) => `<path d="${path(t.geometry)}" fill="none" stroke="#2166ac" stroke-width="2"/>`,
    ),
    ...map.candidates.map((c) => label(c.geometry, c.label, '#b35806')),
    ...map.targets.map((t) => label(t.geometry, t.id, '#053061')),
    scaleBar(scale, height),
    '</svg>',
  ];
  return parts.join('\n');
}

/** A scale bar of a round length near a fifth of the width, bottom left. */
function scaleBar(scale: number, height: number): string {
  const { pixels: length, label: text } = scaleBarStep(scale);
  const y = height - 12;
  return (
    `<line x1="10" y1="${y}" x2="${(10 + length).toFixed(1)}" y2="${y}" stroke="#000" stroke-width="2"/>` +
    `<text x="${(14 + length).toFixed(1)}" y="${y + 4}" font-size="12">${text}</text>` +
    `<text x="${(64 + length).toFixed(1)}" y="${y + 4}" font-size="12">N ↑</text>`
  );
}

function emptySvg(width: number, message: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="60" viewBox="0 0 ${width} 60"><text x="10" y="30" font-family="Arial" font-size="14">${escapeMarkup(message)}</text></svg>`;
}
