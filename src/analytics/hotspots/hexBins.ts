/** Hexagon orientation: pointy-top (rows of hexagons) or flat-top (columns). */
export type HexOrientation = 'pointy' | 'flat';

/** Occupied hexagons: centres in BNG metres and point counts. */
export interface HexBins {
  /** Centre-to-corner distance in metres. */
  radius: number;
  orientation: HexOrientation;
  centreEastings: Float64Array;
  centreNorthings: Float64Array;
  counts: Float64Array;
}

const SQRT3 = Math.sqrt(3);
const KEY_OFFSET = 2 ** 20;
const KEY_SPAN = 2 ** 21;

/**
 * Bins points into a hexagonal lattice with one hexagon centred on the BNG origin, for display.
 * Uses axial coordinates (q, r) and cube rounding to the nearest centre. Non-finite points are skipped.
 */
export function hexBins(
  eastings: Float64Array,
  northings: Float64Array,
  radius: number,
  orientation: HexOrientation = 'pointy',
): HexBins {
  if (!(radius > 0)) throw new RangeError(`hexagon radius must be positive, got ${radius}`);
  const countsByKey = new Map<number, number>();
  for (let i = 0; i < eastings.length; i++) {
    const x = eastings[i] as number;
    const y = northings[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const fq =
      orientation === 'pointy' ? ((SQRT3 / 3) * x - y / 3) / radius : ((2 / 3) * x) / radius;
    const fr =
      orientation === 'pointy' ? ((2 / 3) * y) / radius : (-x / 3 + (SQRT3 / 3) * y) / radius;
    const [q, r] = roundAxial(fq, fr);
    const key = (q + KEY_OFFSET) * KEY_SPAN + (r + KEY_OFFSET);
    countsByKey.set(key, (countsByKey.get(key) ?? 0) + 1);
  }
  const size = countsByKey.size;
  const bins: HexBins = {
    radius,
    orientation,
    centreEastings: new Float64Array(size),
    centreNorthings: new Float64Array(size),
    counts: new Float64Array(size),
  };
  let k = 0;
  for (const [key, count] of countsByKey) {
    const q = Math.floor(key / KEY_SPAN) - KEY_OFFSET;
    const r = (key % KEY_SPAN) - KEY_OFFSET;
    bins.centreEastings[k] =
      orientation === 'pointy' ? radius * SQRT3 * (q + r / 2) : radius * 1.5 * q;
    bins.centreNorthings[k] =
      orientation === 'pointy' ? radius * 1.5 * r : radius * SQRT3 * (r + q / 2);
    bins.counts[k] = count;
    k++;
  }
  return bins;
}

function roundAxial(fq: number, fr: number): [number, number] {
  const fs = -fq - fr;
  let q = Math.round(fq);
  let r = Math.round(fr);
  const s = Math.round(fs);
  const dq = Math.abs(q - fq);
  const dr = Math.abs(r - fr);
  const ds = Math.abs(s - fs);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return [q, r];
}
