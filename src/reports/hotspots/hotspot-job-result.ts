import type { DrawnArrays } from './drawn-cells';
import type { CellShape, GridMethod, HotspotParams } from './hotspot-params';
import type { StudyAreaInput } from './study-area';

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
