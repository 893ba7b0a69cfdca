import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { studyCellCount } from '../../analytics/hotspots/cellGrid';
import { countGrid } from '../../analytics/hotspots/countGrid';
import type { EmergingPattern } from '../../analytics/hotspots/emergingHotspotClass';
import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import { emergingHotspots } from '../../analytics/hotspots/emergingHotspots';
import { giStar } from '../../analytics/hotspots/giStar';
import { OUTSIDE_STUDY_AREA } from '../../analytics/hotspots/hotspotClass';
import { kdeQuartic } from '../../analytics/hotspots/kdeQuartic';
import { spaceTimeCube } from '../../analytics/hotspots/spaceTimeCube';
import { monthSteps } from '../../reports/patterns-report';
import type { BngPolygon } from './bng-polygons';
import { insidePolygonsPredicate, studyAreaPolygons } from './bng-polygons';
import type { DrawnArrays } from './drawn-cells';
import { drawnSquares, gridFrame } from './drawn-cells';
import { drawnHexagons, hexRadiusForCell } from './hex-cells';
import type { CellShape, GridMethod, HotspotParams } from './hotspot-methods';
import { pointsOnGrid } from './points-on-grid';
import type { StudyAreaInput } from './study-area';
import { studyAreaGrid } from './study-area-grid';

/** What the worker is asked to compute: the points and the parameters. */
export interface HotspotJob {
  params: HotspotParams;
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  coveredMonths: string[];
  /** Loaded boundaries as the study area (cells whose centre is inside); none = the data's extent. */
  studyArea?: StudyAreaInput | null;
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

/** The study area a result used: the loaded boundaries and what they kept. */
export interface StudyAreaReport {
  label: string;
  areaCount: number;
  /** Cells whose centre is inside a boundary, of `gridCells` in the box around the boundaries. */
  studyCells: number;
  gridCells: number;
}

/**
 * The worker's answer: grid, parameters as used, and the cells worth drawing (typed arrays:
 * per drawn cell ix, iy, count, value, code and `cornersPerCell` lon/lat corners).
 */
export interface HotspotJobResult extends DrawnArrays {
  method: GridMethod;
  /** Squares, or hexagons (grid counts only; `hex.radius` is their centre-to-corner size). */
  shape: CellShape;
  hex?: { radius: number };
  grid: { cellSize: number; x0: number; y0: number; nx: number; ny: number };
  cellSizeReason: string;
  /** `outside`: incidents outside the study area (or its box), left out. */
  points: { counted: number; outliers: number; missing: number; outside: number };
  studyArea?: StudyAreaReport;
  /** [west, south, east, north] of the whole grid (data or study area extent), for framing. */
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
  const polygons = job.studyArea ? studyAreaPolygons(job.studyArea) : null;
  const { grid, report } = polygons
    ? studyAreaGrid(job.eastings, job.northings, params.cellSize, polygons)
    : countGrid(job.eastings, job.northings, { cellSize: params.cellSize ?? undefined });
  const counted = pointsOnGrid(grid, job.eastings, job.northings);
  const drawn: number[] = [];
  const value = new Float64Array(grid.counts.length);
  const code = new Int16Array(grid.counts.length);
  const result: Partial<HotspotJobResult> = {};
  if (params.method === 'grid') {
    value.set(grid.counts);
    for (let i = 0; i < value.length; i++) if ((value[i] as number) > 0) drawn.push(i);
  } else if (params.method === 'kde') {
    const kde = kdeQuartic(counted.eastings, counted.northings, grid, {
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
  const hexagons = params.method === 'grid' && params.cellShape === 'hexagon';
  const hex = hexagons ? hexagonCells(job, counted, grid.cellSize, polygons) : null;
  const cells = hex?.cells ?? drawnSquares(grid, drawn, value, code);
  // Hexagons have their own study area (centres inside): count what they hold.
  const located = report.pointsCounted + report.outsideStudyArea;
  const pointsCounted = hex?.counted ?? report.pointsCounted;
  return {
    method: params.method,
    shape: hexagons ? 'hexagon' : 'square',
    ...(hexagons && { hex: { radius: hexRadiusForCell(grid.cellSize) } }),
    grid: { cellSize: grid.cellSize, x0: grid.x0, y0: grid.y0, nx: grid.nx, ny: grid.ny },
    cellSizeReason: report.cellSizeReason,
    points: {
      counted: pointsCounted,
      outliers: report.outliers,
      missing: report.missingCoordinates,
      outside: polygons ? located - pointsCounted : report.outsideStudyArea,
    },
    ...(job.studyArea && {
      studyArea: {
        label: job.studyArea.label,
        areaCount: job.studyArea.areaCount,
        studyCells: studyCellCount(grid),
        gridCells: grid.nx * grid.ny,
      },
    }),
    ...cells,
    frame: gridFrame(grid),
    ...result,
    elapsedMs: performance.now() - started,
  };
}

/**
 * Hexagons over the points: with a study area, every located point binned and the hexagons
 * centred inside kept; without, the points the square grid counted (strays left out).
 */
function hexagonCells(
  job: HotspotJob,
  counted: { eastings: Float64Array; northings: Float64Array },
  cellSize: number,
  polygons: readonly BngPolygon[] | null,
) {
  return polygons
    ? drawnHexagons(job.eastings, job.northings, cellSize, insidePolygonsPredicate(polygons))
    : drawnHexagons(counted.eastings, counted.northings, cellSize, null);
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
