import type { PackMap, PackMapCell } from './pack-map';

/** Fill of a hot Gi* cell by its confidence, in the SVG and the PNG alike. */
export const CELL_FILL: Readonly<Record<string, string>> = {
  'hot-99': '#b2182b',
  'hot-95': '#ef8a62',
  'hot-90': '#fddbc7',
};

/** Height in pixels of the strip below the map that holds the scale bar. */
export const SCALE_STRIP = 30;

/** Where the pack map's geometry lands on a picture `width` pixels wide, north up. */
export interface PackMapLayout {
  width: number;
  /** The map plus the scale bar's strip. */
  height: number;
  /** Pixels a metre, the same both ways. */
  scale: number;
  /** The hot cells drawn (inside the focus box when there is one). */
  hot: PackMapCell[];
  /** Pixel column of an easting. */
  x: (easting: number) => number;
  /** Pixel row of a northing. */
  y: (northing: number) => number;
}

/**
 * The layout the SVG and the PNG share: the box of everything (or the `focus` box) padded by 3%,
 * fitted to `width`; null when there is nothing to draw.
 */
export function packMapLayout(
  map: PackMap,
  width: number,
  focus?: [number, number, number, number],
): PackMapLayout | null {
  const hot = map.cells.filter(
    (c) =>
      c.class in CELL_FILL &&
      (!focus ||
        ((c.ix + 1) * map.cellSize >= focus[0] &&
          c.ix * map.cellSize <= focus[2] &&
          (c.iy + 1) * map.cellSize >= focus[1] &&
          c.iy * map.cellSize <= focus[3])),
  );
  const box = focus ?? extent(map, hot);
  if (!box) return null;
  const [minE, minN, maxE, maxN] = box;
  const pad = Math.max(maxE - minE, maxN - minN) * 0.03 + 1;
  const x0 = minE - pad;
  const y1 = maxN + pad;
  const scale = width / (maxE - minE + 2 * pad);
  const height = Math.ceil((maxN - minN + 2 * pad) * scale) + SCALE_STRIP;
  return {
    width,
    height,
    scale,
    hot,
    x: (e) => (e - x0) * scale,
    y: (n) => (y1 - n) * scale,
  };
}

/** The scale bar: a round length near a fifth of the width, its length in pixels and its label. */
export function scaleBarStep(scale: number): { metres: number; pixels: number; label: string } {
  const target = 150 / scale;
  const metres =
    [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000].find(
      (m) => m >= target * 0.6,
    ) ?? 50000;
  return {
    metres,
    pixels: metres * scale,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}

function extent(map: PackMap, hot: PackMap['cells']): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  const add = (e: number, n: number) => {
    if (!Number.isFinite(e) || !Number.isFinite(n)) return;
    box = box
      ? [Math.min(box[0], e), Math.min(box[1], n), Math.max(box[2], e), Math.max(box[3], n)]
      : [e, n, e, n];
  };
  const geometries = [
    ...map.boundaries.map((b) => b.geometry),
    ...map.targets.map((t) => t.geometry),
    ...map.candidates.map((c) => c.geometry),
  ];
  for (const g of geometries)
    for (const p of g) for (const r of p) for (const [e, n] of r) add(e, n);
  for (const c of hot) {
    add(c.ix * map.cellSize, c.iy * map.cellSize);
    add((c.ix + 1) * map.cellSize, (c.iy + 1) * map.cellSize);
  }
  return box;
}
