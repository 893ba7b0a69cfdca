/**
 * Wards and LSOAs of the fictional borough. Wards are a 4 × 3 grid of irregular quadrilaterals
 * (interior vertices jittered) tiling the borough rectangle; each ward is split bilinearly into
 * 2–12 LSOAs in proportion to its population (60 in all), nested in their ward like the real thing,
 * so LSOA populations stay within about 1,000–5,000. Codes use the unused 9xxxxx ranges so they can never clash with real ONS codes.
 */
import { pointInRings } from '../../src/analytics/hotspots/pointInPolygon';
import { BOROUGH_SHORT_NAME, EXTENT } from './borough';
import { ringArea, type Ring } from './geometry';
import { populationDensity } from './population-surface';
import type { Rng } from './prng';

/** An administrative area with its polygon in BNG metres. */
export interface Area {
  code: string;
  name: string;
  /** Exterior ring, BNG metres, not closed (first vertex not repeated). */
  ring: Ring;
  /** Resident population (synthetic). */
  population: number;
}

/** An LSOA, which also knows its ward. */
export interface Lsoa extends Area {
  wardIndex: number;
}

/** The borough's wards and LSOAs, with a point locator. */
export interface BoroughAreas {
  wards: Area[];
  lsoas: Lsoa[];
  /** Index of the LSOA containing a BNG point, or -1 outside the borough. */
  lsoaAt(easting: number, northing: number): number;
}

const WARD_NAMES = [
  'Lowmoor',
  'Brookside',
  'Southwood',
  'Southby',
  'Westbury',
  'Old Town',
  'Riverside',
  'Eastfield',
  'Upper Hatherley',
  'Northgate',
  'Kingsmead',
  'Millbrook',
] as const;
const COLS = 4;
const ROWS = 3;
/** About how many LSOAs the borough gets; busier wards get more, so LSOA populations even out. */
const TARGET_LSOAS = 60;
/** Total synthetic residents, spread over LSOAs by the population surface. */
const TOTAL_POPULATION = 148_000;

/** Builds wards and LSOAs deterministically from the given random stream. */
export function buildAreas(rng: Rng): BoroughAreas {
  const width = EXTENT.maxE - EXTENT.minE;
  const height = EXTENT.maxN - EXTENT.minN;
  // Ward vertex lattice: boundary vertices slide only along the boundary, so wards tile the rectangle.
  const vertex: [number, number][][] = [];
  for (let j = 0; j <= ROWS; j++) {
    const row: [number, number][] = [];
    for (let i = 0; i <= COLS; i++) {
      const edgeX = i === 0 || i === COLS;
      const edgeY = j === 0 || j === ROWS;
      const jx = edgeX ? 0 : rng.uniform(-550, 550);
      const jy = edgeY ? 0 : rng.uniform(-550, 550);
      row.push([EXTENT.minE + (width * i) / COLS + jx, EXTENT.minN + (height * j) / ROWS + jy]);
    }
    vertex.push(row);
  }
  const at = (i: number, j: number): [number, number] => vertex[j]?.[i] ?? [NaN, NaN];
  const quads: [number, number][][] = [];
  for (let j = 0; j < ROWS; j++) {
    for (let i = 0; i < COLS; i++) {
      quads.push([at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)]);
    }
  }
  const weight = quads.map((q) => densityIntegral(q));
  const totalQuadWeight = weight.reduce((a, b) => a + b, 0);
  const wards: Area[] = [];
  const lsoas: Lsoa[] = [];
  quads.forEach((quad, w) => {
    const msoa = String(w + 1).padStart(3, '0');
    const [nu, nv] = lsoaSplit(((weight[w] ?? 0) / totalQuadWeight) * TARGET_LSOAS);
    let letter = 0;
    for (let v = 0; v < nv; v++) {
      for (let u = 0; u < nu; u++) {
        const ring: Ring = [
          bilinear(quad, u / nu, v / nv),
          bilinear(quad, (u + 1) / nu, v / nv),
          bilinear(quad, (u + 1) / nu, (v + 1) / nv),
          bilinear(quad, u / nu, (v + 1) / nv),
        ];
        const suffix = String.fromCharCode(65 + letter++);
        lsoas.push({
          code: `E019${String(lsoas.length + 1).padStart(5, '0')}`,
          name: `${BOROUGH_SHORT_NAME} ${msoa}${suffix}`,
          ring,
          population: 0,
          wardIndex: w,
        });
      }
    }
    wards.push({
      code: `E059${String(w + 1).padStart(5, '0')}`,
      name: WARD_NAMES[w] ?? `Ward ${w + 1}`,
      ring: quad,
      population: 0,
    });
  });

  const lsoaWeights = lsoas.map((l) => densityIntegral(l.ring));
  const totalWeight = lsoaWeights.reduce((a, b) => a + b, 0);
  lsoas.forEach((l, i) => {
    l.population = Math.round((TOTAL_POPULATION * (lsoaWeights[i] ?? 0)) / totalWeight);
    const ward = wards[l.wardIndex];
    if (ward) ward.population += l.population;
  });

  const lsoaRings = lsoas.map((l) => [Float64Array.from(l.ring.flat())]);
  const lsoaAt = (easting: number, northing: number): number =>
    lsoaRings.findIndex((rings) => pointInRings(rings, easting, northing));
  return { wards, lsoas, lsoaAt };
}

/** Columns × rows to split a ward into about `target` LSOAs (at least 2). */
function lsoaSplit(target: number): [number, number] {
  const k = Math.max(2, Math.round(target));
  const nu = Math.max(1, Math.round(Math.sqrt(k)));
  return [nu, Math.max(1, Math.round(k / nu))];
}

/** Point of a quadrilateral at bilinear coordinates (u, v) ∈ [0, 1]². */
function bilinear(quad: readonly [number, number][], u: number, v: number): [number, number] {
  const [a, b, c, d] = quad as [
    [number, number],
    [number, number],
    [number, number],
    [number, number],
  ];
  const x = (1 - u) * (1 - v) * a[0] + u * (1 - v) * b[0] + u * v * c[0] + (1 - u) * v * d[0];
  const y = (1 - u) * (1 - v) * a[1] + u * (1 - v) * b[1] + u * v * c[1] + (1 - u) * v * d[1];
  return [x, y];
}

/** Approximate integral of the population surface over a quadrilateral (bilinear 8 × 8 sampling). */
function densityIntegral(quad: Ring): number {
  let sum = 0;
  for (let a = 0; a < 8; a++) {
    for (let b = 0; b < 8; b++) {
      const [e, n] = bilinear(quad, (a + 0.5) / 8, (b + 0.5) / 8);
      sum += populationDensity(e, n);
    }
  }
  return (sum / 64) * Math.abs(ringArea(quad));
}
