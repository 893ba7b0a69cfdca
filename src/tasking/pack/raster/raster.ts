/** An RGB colour, 0–255 a channel. */
export type Rgb = readonly [number, number, number];

/** A point in device pixels, x right and y down. */
export type PixelPoint = readonly [number, number];

/** An RGBA image being drawn on: rows top to bottom, 4 bytes a pixel, opaque. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A raster filled with one colour. */
export function createRaster(width: number, height: number, background: Rgb): Raster {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = background[0];
    data[i + 1] = background[1];
    data[i + 2] = background[2];
    data[i + 3] = 255;
  }
  return { width, height, data };
}

function blendSpan(raster: Raster, y: number, from: number, to: number, c: Rgb, alpha: number) {
  const start = Math.max(0, from);
  const end = Math.min(raster.width - 1, to);
  const { data } = raster;
  for (let x = start; x <= end; x++) {
    const i = (y * raster.width + x) * 4;
    data[i] = Math.round((data[i] as number) * (1 - alpha) + c[0] * alpha);
    data[i + 1] = Math.round((data[i + 1] as number) * (1 - alpha) + c[1] * alpha);
    data[i + 2] = Math.round((data[i + 2] as number) * (1 - alpha) + c[2] * alpha);
  }
}

/**
 * Fills the rings (outer and holes alike) by the even–odd rule, scanline by scanline: a pixel is
 * filled when its centre lies inside, as a polygon's interior is in SVG with fill-rule evenodd.
 */
export function fillRings(
  raster: Raster,
  rings: readonly (readonly PixelPoint[])[],
  colour: Rgb,
  alpha = 1,
): void {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of rings)
    for (const [, y] of ring) {
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  const top = Math.max(0, Math.ceil(minY - 0.5));
  const bottom = Math.min(raster.height - 1, Math.floor(maxY - 0.5));
  const crossings: number[] = [];
  for (let row = top; row <= bottom; row++) {
    const yc = row + 0.5;
    crossings.length = 0;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as PixelPoint;
        const [xj, yj] = ring[j] as PixelPoint;
        if (yi > yc !== yj > yc) crossings.push(xi + ((yc - yi) * (xj - xi)) / (yj - yi));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.ceil((crossings[k] as number) - 0.5);
      const to = Math.floor((crossings[k + 1] as number) - 0.5);
      if (to >= from) blendSpan(raster, row, from, to, colour, alpha);
    }
  }
}

/** Fills the axis-aligned rectangle from (x0, y0) to (x1, y1). */
export function fillRect(
  raster: Raster,
  [x0, y0]: PixelPoint,
  [x1, y1]: PixelPoint,
  colour: Rgb,
  alpha = 1,
): void {
  fillRings(
    raster,
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
    ],
    colour,
    alpha,
  );
}

/** One straight piece of a line `width` wide, with square-ish ends covering the joins. */
function fillSegment(raster: Raster, a: PixelPoint, b: PixelPoint, width: number, colour: Rgb) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const half = width / 2;
  const ux = (dx / length) * half;
  const uy = (dy / length) * half;
  fillRings(
    raster,
    [
      [
        [a[0] - ux - uy, a[1] - uy + ux],
        [b[0] + ux - uy, b[1] + uy + ux],
        [b[0] + ux + uy, b[1] + uy - ux],
        [a[0] - ux + uy, a[1] - uy - ux],
      ],
    ],
    colour,
  );
}

/**
 * Draws the line through the points (closed back to the first when `closed`), `width` pixels
 * wide, solid or dashed (`dash` = [on, off] in pixels, as SVG's stroke-dasharray).
 */
export function strokePath(
  raster: Raster,
  points: readonly PixelPoint[],
  width: number,
  colour: Rgb,
  options: { closed?: boolean; dash?: readonly [number, number] } = {},
): void {
  const path = options.closed && points.length > 2 ? [...points, points[0] as PixelPoint] : points;
  const dash = options.dash;
  let phase = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i] as PixelPoint;
    const b = path[i + 1] as PixelPoint;
    if (!dash) {
      fillSegment(raster, a, b, width, colour);
      continue;
    }
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const period = dash[0] + dash[1];
    let at = 0;
    while (at < length) {
      const inPeriod = phase % period;
      const on = inPeriod < dash[0];
      const step = Math.min(length - at, on ? dash[0] - inPeriod : period - inPeriod);
      if (on) {
        const t0 = at / length;
        const t1 = (at + step) / length;
        fillSegment(
          raster,
          [a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0],
          [a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1],
          width,
          colour,
        );
      }
      at += step;
      phase += step;
    }
  }
}

/** The raster shrunk by a whole factor, each output pixel the mean of its block (anti-aliasing). */
export function downsample(raster: Raster, factor: number): Raster {
  const width = Math.floor(raster.width / factor);
  const height = Math.floor(raster.height / factor);
  const data = new Uint8Array(width * height * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++)
        for (let dx = 0; dx < factor; dx++) {
          const i = ((y * factor + dy) * raster.width + x * factor + dx) * 4;
          r += raster.data[i] as number;
          g += raster.data[i + 1] as number;
          b += raster.data[i + 2] as number;
        }
      const o = (y * width + x) * 4;
      data[o] = Math.round(r / area);
      data[o + 1] = Math.round(g / area);
      data[o + 2] = Math.round(b / area);
      data[o + 3] = 255;
    }
  return { width, height, data };
}
