import { addMonths } from '../../analytics/months';
import { harmWeight } from '../../analytics/tasking/harmWeights';
import type { DuckConnector } from '../../db/connector';
import { toBng } from '../../ingest/bng';
import type { Candidate } from '../../tasking/candidate';
import type { BngMultiPolygon, MonthId, TaskingSettings } from '../../tasking/tasking-state';
import type { IncidentFilter } from '../../sql/filters';
import { coveredMonthsSql } from '../../sql/hotspots';
import { candidatePointsSql, categoryParentsSql } from '../../sql/tasking-candidates';
import type { AreaLayer } from '../areas-report';
import { assignPointAreas } from '../areas-report';
import type { StudyAreaInput } from '../hotspots/study-area';
import { polygonRings } from '../polygon-lookup';
import type { OutsideStudyArea } from './candidate-study-area';
import { SPACE_TIME_MONTHS, runCandidatesJob } from './candidates-job';
import type { CandidateArea, CandidatesJob, CandidatesJobResult } from './candidates-job-types';
import { candidateWindows } from './candidate-windows';

/** Options of {@link taskingCandidatesReport}. */
export interface CandidatesReportOptions {
  meetingMonth: MonthId;
  settings: TaskingSettings;
  /**
   * Which incidents count. Without categories, the categories with a positive harm weight
   * (all of them when unlisted ones weigh more than 0).
   */
  filter?: IncidentFilter;
  /** Boundaries as the study area of the grid (cells centred inside), as on the hotspot map. */
  studyArea?: StudyAreaInput | null;
  /** Wards or LSOAs: its areas become candidates too. */
  areaLayer?: AreaLayer | null;
  /** Grid cell size in metres; null = 250 m (CANDIDATE_CELL_SIZE). */
  cellSize?: number | null;
  /** Runs the job: inline by default (Node); the app passes the worker client. */
  run?: (job: CandidatesJob) => Promise<CandidatesJobResult>;
}

/** The candidates of a meeting month with the windows and settings they came from. */
export interface CandidatesReport {
  meetingMonth: MonthId;
  dataMonth: MonthId | null;
  recentMonths: MonthId[];
  baselineMonths: MonthId[];
  missingMonths: MonthId[];
  cellSize: number;
  settings: TaskingSettings;
  /** Best first: the top `settings.candidateCount` and as many again, for "show more". */
  candidates: Candidate[];
  /** Incidents left out as outside the study area (see {@link OutsideStudyArea}). */
  outsideStudyArea: OutsideStudyArea | null;
  placesConsidered: number;
  elapsedMs: number;
}

interface CategoryRow extends Record<string, string | null> {
  id: string;
  parent: string | null;
}

/**
 * Meeting month → months with data → the incidents of the windows (and up to three years before,
 * for the space-time patterns) as typed arrays → the candidates job (in the worker when `run` is
 * given) → ranked candidates with their sentences. `targetId` is left null for the matching step.
 */
export async function taskingCandidatesReport(
  db: DuckConnector,
  options: CandidatesReportOptions,
): Promise<CandidatesReport> {
  const job = await candidatesJob(db, options);
  const result = options.run ? await options.run(job) : runCandidatesJob(job);
  return { ...result, settings: options.settings };
}

/** The job of {@link taskingCandidatesReport}: what the worker (or a benchmark) is given. */
export async function candidatesJob(
  db: DuckConnector,
  options: Omit<CandidatesReportOptions, 'run'>,
): Promise<CandidatesJob> {
  const { settings, meetingMonth } = options;
  const given = options.filter ?? {};
  const covered = (
    await db.query<{ month: string }>(coveredMonthsSql({ ...given, toMonth: meetingMonth }))
  ).map((r) => r.month);
  const windows = candidateWindows(
    covered,
    meetingMonth,
    settings.recentMonths,
    settings.baselineMonths,
  );
  const categoryRows = await db.query<CategoryRow>(categoryParentsSql());
  const parents = new Map(categoryRows.map((r) => [r.id, r.parent]));
  const lookBack = Math.max(SPACE_TIME_MONTHS, settings.recentMonths + settings.baselineMonths) - 1;
  const filter: IncidentFilter = {
    ...given,
    categories: given.categories?.length
      ? given.categories
      : weightedCategories(categoryRows, settings),
    fromMonth: windows ? addMonths(windows.dataMonth, -lookBack) : meetingMonth,
    toMonth: windows?.dataMonth ?? meetingMonth,
  };
  const layer = options.areaLayer ?? null;
  if (layer) await assignPointAreas(db, layer);
  const columns = await db.queryColumns(candidatePointsSql(filter, layer?.name ?? null));
  const category = dictionary(columns.category as (string | null)[] | undefined);
  const location = dictionary(columns.location as (string | null)[] | undefined);
  const areaCodes = (columns.area_code as (string | null)[] | undefined) ?? [];
  const areas = layer ? candidateAreas(layer) : null;
  const areaAt = new Map(areas?.map((a, i) => [a.code, i]));
  return {
    eastings: float64(columns.easting),
    northings: float64(columns.northing),
    monthIndex: Int32Array.from(float64(columns.month_index)),
    categoryIndex: category.index,
    categoryIds: category.values,
    categoryParents: category.values.map((id) => parents.get(id) ?? null),
    locationIndex: location.index,
    locationNames: location.values,
    areaIndex: layer
      ? Int32Array.from(areaCodes, (code) => (code === null ? -1 : (areaAt.get(code) ?? -1)))
      : null,
    areas,
    coveredMonths: covered,
    meetingMonth,
    settings,
    cellSize: options.cellSize ?? null,
    studyArea: options.studyArea ?? null,
  };
}

/** The category ids that weigh more than nothing (none listed = every category counts). */
function weightedCategories(rows: readonly CategoryRow[], settings: TaskingSettings): string[] {
  if (settings.otherWeight > 0) return [];
  const parents = new Map(rows.map((r) => [r.id, r.parent]));
  return rows
    .filter((r) => harmWeight(r.id, settings, (id) => parents.get(id)) > 0)
    .map((r) => r.id);
}

function float64(column: unknown): Float64Array {
  return column instanceof Float64Array
    ? column
    : Float64Array.from((column as number[] | undefined) ?? []);
}

/** A string column as indexes into its distinct values (−1 for null or empty). */
function dictionary(column: readonly (string | null)[] | undefined): {
  index: Int32Array;
  values: string[];
} {
  const values: string[] = [];
  const at = new Map<string, number>();
  const index = Int32Array.from(column ?? [], (v) => {
    if (v === null || v === '') return -1;
    let i = at.get(v);
    if (i === undefined) {
      i = values.push(v) - 1;
      at.set(v, i);
    }
    return i;
  });
  return { index, values };
}

/** The areas of a layer with their boundaries projected to BNG. */
export function candidateAreas(layer: AreaLayer): CandidateArea[] {
  return layer.areas.map((area) => ({
    code: area.code,
    name: area.name,
    geometry: polygonRings(area.feature.geometry).map((rings) =>
      rings.map((ring) => {
        const out: BngMultiPolygon[number][number] = [];
        for (let i = 0; i < ring.length; i += 2)
          out.push(toBng(ring[i] as number, ring[i + 1] as number));
        return out;
      }),
    ),
  }));
}
