import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { countGrid } from '../../analytics/hotspots/countGrid';
import type { EmergingPattern } from '../../analytics/hotspots/emergingHotspotClass';
import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import { emergingHotspots } from '../../analytics/hotspots/emergingHotspots';
import { giStar } from '../../analytics/hotspots/giStar';
import { OUTSIDE_STUDY_AREA } from '../../analytics/hotspots/hotspotClass';
import { kdeQuartic } from '../../analytics/hotspots/kdeQuartic';
import { spaceTimeCube } from '../../analytics/hotspots/spaceTimeCube';
import { fromBng } from '../../ingest/bng';
import { monthSteps } from '../../reports/patterns-report';
import type { GridMethod, HotspotParams } from './hotspot-methods';

/** What the worker is asked to compute: the points and the parameters. */
export interface HotspotJob {
  params: HotspotParams;
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  coveredMonths: string[];
}

/** One cell drawn on the map: grid indexes, count and the method's value. */
export interface DrawnCell {
  ix: number;
  iy: number;
  count: number;
  /** count (grid), density per km² (kde), z (gistar) or hot steps (patterns). */
  value: number;
  /** Gi* class code −3…3, or the index of the pattern in EMERGING_PATTERN_RULES. */
  code: number;
}

/** The worker's answer: grid, parameters as used, and the cells worth drawing (typed arrays). */
export interface HotspotJobResult {
  method: GridMethod;
  grid: { cellSize: number; x0: number; y0: number; nx: number; ny: number };
  cellSizeReason: string;
  points: { counted: number; outliers: number; missing: number };
  /** Per drawn cell: ix, iy, count, value, code (parallel arrays). */
  ix: Int32Array;
  iy: Int32Array;
  count: Float64Array;
  value: Float64Array;
  code: Int16Array;
  /** Per drawn cell 4 lon/lat corners (SW, SE, NE, NW) = 8 numbers. */
  corners: Float64Array;
  /** [west, south, east, north] of the whole grid (the data's extent), for framing. */
  frame: [number, number, number, number] | null;
  kde?: { bandwidth: number; rule: string; maxDensity: number };
  gi?: { studyCells: number; fdr: boolean; hotCells: number; coldCells: number };
  patterns?: {
    steps: string[];
    missingMonths: string[];
    alpha: number;
    trendAlpha: number;
    fdr: boolean;
  };
  elapsedMs: number;
}

const NO_PATTERN = EMERGING_PATTERN_RULES.findIndex((r) => r.pattern === 'no-pattern');

/** Runs one grid method on the points (pure; the worker calls it, so can a benchmark). */
export function runHotspotJob(job: HotspotJob): HotspotJobResult {
  const started = performance.now();
  const { params } = job;
  const { grid, report } = countGrid(job.eastings, job.northings, {
    cellSize: params.cellSize ?? undefined,
  });
  const drawn: number[] = [];
  const value = new Float64Array(grid.counts.length);
  const code = new Int16Array(grid.counts.length);
  const result: Partial<HotspotJobResult> = {};
  if (params.method === 'grid') {
    value.set(grid.counts);
    for (let i = 0; i < value.length; i++) if ((value[i] as number) > 0) drawn.push(i);
  } else if (params.method === 'kde') {
    const kde = kdeQuartic(job.eastings, job.northings, grid, {
      bandwidthAdjust: params.bandwidthAdjust,
    });
    let max = 0;
    for (let i = 0; i < value.length; i++) {
      const perKm2 = (kde.density[i] as number) * 1e6;
      value[i] = perKm2;
      if (perKm2 > max) max = perKm2;
    }
    // Cells under 2% of the peak are left undrawn: the surface's faint tail hides the base map.
    for (let i = 0; i < value.length; i++) if ((value[i] as number) > max * 0.02) drawn.push(i);
    result.kde = { bandwidth: kde.bandwidth.bandwidth, rule: kde.bandwidth.rule, maxDensity: max };
  } else if (params.method === 'gistar') {
    const gi = giStar(grid, { fdr: params.fdr });
    value.set(gi.z);
    code.set(gi.classes);
    let hot = 0;
    let cold = 0;
    for (let i = 0; i < gi.classes.length; i++) {
      const c = gi.classes[i] as number;
      if (c === 0 || c === OUTSIDE_STUDY_AREA) continue;
      drawn.push(i);
      if (c > 0) hot++;
      else cold++;
    }
    result.gi = { studyCells: gi.n, fdr: params.fdr, hotCells: hot, coldCells: cold };
  } else {
    result.patterns = patternCells(job, grid, value, code, drawn);
  }
  return {
    method: params.method,
    grid: { cellSize: grid.cellSize, x0: grid.x0, y0: grid.y0, nx: grid.nx, ny: grid.ny },
    cellSizeReason: report.cellSizeReason,
    points: {
      counted: report.pointsCounted,
      outliers: report.outliers,
      missing: report.missingCoordinates,
    },
    ...drawnArrays(grid, drawn, value, code),
    frame: gridFrame(grid),
    ...result,
    elapsedMs: performance.now() - started,
  };
}

function patternCells(
  job: HotspotJob,
  grid: CountGrid,
  value: Float64Array,
  code: Int16Array,
  drawn: number[],
): NonNullable<HotspotJobResult['patterns']> {
  const trendAlpha = 0.05;
  const time = monthSteps(job.coveredMonths, job.monthIndex);
  const { cube } = spaceTimeCube(
    job.eastings,
    job.northings,
    time.stepOfPoint,
    time.steps.length,
    grid,
  );
  const emerging = emergingHotspots(cube, {
    alpha: job.params.alpha,
    fdr: job.params.fdr,
    trendAlpha,
  });
  const cellCount = grid.counts.length;
  const ruleIndex = new Map<EmergingPattern, number>(
    EMERGING_PATTERN_RULES.map((r, i) => [r.pattern, i]),
  );
  for (let i = 0; i < cellCount; i++) {
    const index = ruleIndex.get(emerging.patterns[i] as EmergingPattern) ?? NO_PATTERN;
    code[i] = index;
    let hot = 0;
    for (let s = 0; s < cube.steps; s++)
      if (emerging.significanceByStep[s * cellCount + i] === 1) hot++;
    value[i] = hot;
    if (index !== NO_PATTERN && emerging.patterns[i] !== 'outside-study-area') drawn.push(i);
  }
  return {
    steps: time.steps,
    missingMonths: time.missingMonths,
    alpha: job.params.alpha,
    trendAlpha,
    fdr: job.params.fdr,
  };
}

function drawnArrays(grid: CountGrid, drawn: number[], value: Float64Array, code: Int16Array) {
  const n = drawn.length;
  const out = {
    ix: new Int32Array(n),
    iy: new Int32Array(n),
    count: new Float64Array(n),
    value: new Float64Array(n),
    code: new Int16Array(n),
    corners: new Float64Array(n * 8),
  };
  // Neighbouring cells share corners: project each grid vertex once (lon, lat per vertex).
  const across = grid.nx + 1;
  const vertices = new Float64Array(across * (grid.ny + 1) * 2).fill(NaN);
  const vertex = (col: number, row: number, out2: Float64Array, at: number) => {
    const v = (row * across + col) * 2;
    if (Number.isNaN(vertices[v] as number)) {
      const [lon, lat] = fromBng((grid.x0 + col) * grid.cellSize, (grid.y0 + row) * grid.cellSize);
      vertices[v] = lon;
      vertices[v + 1] = lat;
    }
    out2[at] = vertices[v] as number;
    out2[at + 1] = vertices[v + 1] as number;
  };
  drawn.forEach((index, k) => {
    const col = index % grid.nx;
    const row = (index - col) / grid.nx;
    out.ix[k] = grid.x0 + col;
    out.iy[k] = grid.y0 + row;
    out.count[k] = grid.counts[index] as number;
    out.value[k] = value[index] as number;
    out.code[k] = code[index] as number;
    vertex(col, row, out.corners, k * 8);
    vertex(col + 1, row, out.corners, k * 8 + 2);
    vertex(col + 1, row + 1, out.corners, k * 8 + 4);
    vertex(col, row + 1, out.corners, k * 8 + 6);
  });
  return out;
}

/** The grid's extent in lon/lat, or null for an empty grid. */
function gridFrame(grid: CountGrid): [number, number, number, number] | null {
  if (grid.nx === 0 || grid.ny === 0) return null;
  const size = grid.cellSize;
  const [west, south] = fromBng(grid.x0 * size, grid.y0 * size);
  const [east, north] = fromBng((grid.x0 + grid.nx) * size, (grid.y0 + grid.ny) * size);
  const [westTop] = fromBng(grid.x0 * size, (grid.y0 + grid.ny) * size);
  const [eastBottom] = fromBng((grid.x0 + grid.nx) * size, grid.y0 * size);
  return [Math.min(west, westTop), south, Math.max(east, eastBottom), north];
}
