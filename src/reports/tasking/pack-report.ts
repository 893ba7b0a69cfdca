import type { DuckConnector } from '../../db/connector';
import { addMonths, monthLabel } from '../../analytics/months';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import type { Candidate } from '../../tasking/candidate';
import { lonLatToBng } from '../../tasking/drawn-geometry';
import type { PackMap } from '../../tasking/pack/pack-map';
import type { Pack } from '../../tasking/pack/pack-model';
import { buildPack } from '../../tasking/pack/pack-model';
import type { TacticalAssessment } from '../../tasking/pack/tactical-assessment';
import type { CountFrom } from '../../sql/counting-sources';
import type { IncidentFilter } from '../../sql/filters';
import type { MonthId, TaskingSettings, TaskingState } from '../../tasking/tasking-state';
import type { BoundaryLayer } from '../boundary-layer';
import type { StudyAreaInput } from '../hotspots/study-area';
import { countingSourcesReport } from '../counting-sources-report';
import { countingStatementText } from '../counting-statement';
import { hotspotsReport } from '../hotspots-report';
import { tacticalAssessmentReport } from './tactical-assessment-report';

/** Options of {@link packReport}. */
export interface PackReportOptions {
  meetingMonth: MonthId;
  /** The state after this month's nominations (targets with ids). */
  state: TaskingState;
  /** Boundaries drawn on the map. */
  boundary?: BoundaryLayer | null;
  /** The study area of the hotspot grid (cells centred inside). */
  studyArea?: StudyAreaInput | null;
  /** This month's candidates, matched to the targets (`targetId`). */
  candidates: Candidate[];
  beforeAfter: TargetBeforeAfter[];
  /** Grid cell size of the map, metres (default: chosen from the data). */
  cellSize?: number | null;
  meetingDate?: string | null;
  /** What the candidates left out (places outside the study area), said under item 4. */
  candidatesNote?: string | null;
  groupName?: string;
  generatedAt?: Date;
  /** The counting source per category (the default rule for the rest), stated in the pack. */
  countFrom?: CountFrom;
}

/**
 * The pack for a meeting month: the tactical assessment and the hotspot map from the database,
 * with the state, candidates and before/after records the caller has, through `buildPack`.
 */
export async function packReport(db: DuckConnector, options: PackReportOptions): Promise<Pack> {
  const { meetingMonth, state } = options;
  const counting = { countFrom: options.countFrom };
  const assessment = await tacticalAssessmentReport(db, meetingMonth, counting);
  const map = await packMap(db, options, assessment.month);
  const statement = countingStatementText(await countingSourcesReport(db, counting));
  return buildPack({
    meetingMonth,
    meetingDate: options.meetingDate ?? null,
    state,
    candidates: options.candidates,
    beforeAfter: options.beforeAfter,
    assessment,
    map,
    generatedAt: options.generatedAt ?? new Date(),
    dataNote: `${dataNote(assessment, state)} ${statement}`,
    groupName: options.groupName,
    candidatesNote: options.candidatesNote ?? null,
  });
}

/**
 * The categories the tasking group weighs (harm weight above 0): every category when unlisted
 * ones weigh something. Used for the map and the before/after records.
 */
export function harmWeightedFilter(settings: TaskingSettings): IncidentFilter {
  if (settings.otherWeight > 0) return { categories: [] };
  return {
    categories: Object.entries(settings.harmWeights)
      .filter(([, weight]) => weight > 0)
      .map(([id]) => id),
  };
}

/** Hot Gi* cells of the recent window in the harm-weighted categories, boundaries and places. */
async function packMap(
  db: DuckConnector,
  options: PackReportOptions,
  dataMonth: MonthId,
): Promise<PackMap> {
  const { settings } = options.state;
  const from = addMonths(dataMonth, 1 - settings.recentMonths);
  const hotspots = await hotspotsReport(
    db,
    {
      ...harmWeightedFilter(settings),
      countFrom: options.countFrom,
      fromMonth: from,
      toMonth: dataMonth,
    },
    { cellSize: options.cellSize ?? undefined, studyArea: options.studyArea ?? null },
  );
  const shown = new Set(
    options.state.targets.filter((t) => t.status !== 'declined').map((t) => t.id),
  );
  return {
    caption:
      `Gi* hot cells (${hotspots.cellSize} m, FDR-adjusted) of the harm-weighted categories, ` +
      `${monthLabel(from)} – ${monthLabel(dataMonth)}; targets outlined in blue and labelled by ` +
      'id, other candidates dashed in orange and labelled by rank.',
    cellSize: hotspots.cellSize,
    cells: hotspots.cells
      .filter((c) => c.class.startsWith('hot'))
      .map(({ ix, iy, count, class: label }) => ({ ix, iy, count, class: label })),
    boundaries: boundariesBng(options.boundary ?? null),
    targets: options.state.targets
      .filter((t) => shown.has(t.id))
      .map((t) => ({ id: t.id, geometry: t.geometry })),
    candidates: options.candidates
      .filter((c) => c.targetId === null)
      .slice(0, settings.candidateCount)
      .map((c) => ({ label: `#${c.rank}`, geometry: c.geometry })),
  };
}

/** A boundary layer's polygons in BNG, through the project's one projection. */
function boundariesBng(layer: BoundaryLayer | null): PackMap['boundaries'] {
  if (!layer) return [];
  return layer.geojson.features.flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
    const name = layer.nameProperty ? String(feature.properties?.[layer.nameProperty] ?? '') : '';
    return [{ name, geometry: lonLatToBng(geometry) }];
  });
}

function dataNote(assessment: TacticalAssessment, state: TaskingState): string {
  const { recentMonths, baselineMonths } = state.settings;
  const missing =
    assessment.missingMonths.length === 0
      ? 'No months are missing.'
      : `Months with no data from some source (never counted as zero): ${assessment.missingMonths.map(monthLabel).join(', ')}.`;
  return (
    `Figures for ${monthLabel(assessment.month)}, the latest month with data. Sources: ` +
    `${assessment.sources.join('; ') || 'none'}. ${missing} Candidates compare the last ` +
    `${recentMonths} months with the ${baselineMonths} before, per month.`
  );
}
