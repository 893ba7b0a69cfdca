import type { CountGrid } from '../../analytics/hotspots/cellGrid';
import { studyCellCount } from '../../analytics/hotspots/cellGrid';
import type { EmergingPattern } from '../../analytics/hotspots/emergingHotspotClass';
import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import { giStar } from '../../analytics/hotspots/giStar';
import { OUTSIDE_STUDY_AREA } from '../../analytics/hotspots/hotspotClass';
import { kdeQuartic } from '../../analytics/hotspots/kdeQuartic';
import type { FlatPolygon } from '../../analytics/hotspots/pointInPolygon';
import { insidePolygonsPredicate } from './bng-polygons';
import { drawnSquares, gridFrame } from './drawn-cells';
import { drawnHexagons, hexRadiusForCell } from './hex-cells';
import { hotspotGrid } from './hotspot-grid';
import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';
import { TREND_ALPHA } from './hotspot-params';
import { pointsOnGrid } from './points-on-grid';
import { spaceTimePatterns } from './space-time-patterns';

const NO_PATTERN = EMERGING_PATTERN_RULES.findIndex((r) => r.pattern === 'no-pattern');
const RULE_INDEX = new Map<EmergingPattern, number>(
  EMERGING_PATTERN_RULES.map((r, i) => [r.pattern, i]),
);

/**
 * Runs one grid method on the points: the hotspot worker's job, on the grid and with the
 * statistics of the CLI's reports (pure; the worker calls it, so can a test or a benchmark).
 */
export function runHotspotJob(job: HotspotJob): HotspotJobResult {
  const started = performance.now();
  const { params } = job;
  const { grid, report, polygons } = hotspotGrid(
    job.eastings,
    job.northings,
    params.cellSize,
    job.studyArea ?? null,
  );
  const drawn: number[] = [];
  const value = new Float64Array(grid.counts.length);
  const code = new Int16Array(grid.counts.length);
  const result: Partial<HotspotJobResult> = {};
  if (params.method === 'grid') {
    value.set(grid.counts);
    for (let i = 0; i < value.length; i++) if ((value[i] as number) > 0) drawn.push(i);
  } else if (params.method === 'kde') {
    const counted = pointsOnGrid(grid, job.eastings, job.northings);
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
  const hex = hexagons ? hexagonCells(job, grid, polygons) : null;
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
function hexagonCells(job: HotspotJob, grid: CountGrid, polygons: readonly FlatPolygon[] | null) {
  if (polygons) {
    const inside = insidePolygonsPredicate(polygons);
    return drawnHexagons(job.eastings, job.northings, grid.cellSize, inside);
  }
  const counted = pointsOnGrid(grid, job.eastings, job.northings);
  return drawnHexagons(counted.eastings, counted.northings, grid.cellSize, null);
}

/** Space-time classes as rule indexes (code) with the hot steps (value) of every cell. */
function patternCells(
  job: HotspotJob,
  grid: CountGrid,
  value: Float64Array,
  code: Int16Array,
  drawn: number[],
): NonNullable<HotspotJobResult['patterns']> {
  const levels = { alpha: job.params.alpha, fdr: job.params.fdr, trendAlpha: TREND_ALPHA };
  const { time, emerging, hotSteps } = spaceTimePatterns(job, job.coveredMonths, grid, levels);
  for (let i = 0; i < grid.counts.length; i++) {
    const pattern = emerging.patterns[i] as EmergingPattern;
    const index = RULE_INDEX.get(pattern) ?? NO_PATTERN;
    code[i] = index;
    value[i] = hotSteps[i] as number;
    if (index !== NO_PATTERN && pattern !== 'outside-study-area') drawn.push(i);
  }
  return { steps: time.steps, missingMonths: time.missingMonths, ...levels };
}
