import { readFileSync } from 'node:fs';
import type { DuckConnector } from '../../src/db/connector';
import { parseBoundaryFile } from '../../src/reports/boundary-layer';
import type { BoundaryLayer } from '../../src/reports/boundary-layer';
import { studyAreaInput } from '../../src/reports/hotspots/study-area';
import { areaPolygons } from '../../src/reports/polygon-lookup';
import { outsideStudyAreaText } from '../../src/reports/tasking/candidate-study-area';
import { harmWeightedFilter, packReport } from '../../src/reports/tasking/pack-report';
import { taskingCandidatesReport } from '../../src/reports/tasking/candidates-report';
import { targetsBeforeAfterReport } from '../../src/reports/tasking/target-before-after-report';
import {
  matchCandidatesToTargets,
  reopenCrossingTargets,
} from '../../src/tasking/match-candidates';
import { emptyTaskingState, serializeTaskingState } from '../../src/tasking/state-file';
import { nominateTarget } from '../../src/tasking/target-lifecycle';
import type { Candidate } from '../../src/tasking/candidate';
import { actionLogCsv } from '../../src/tasking/action-csv';
import { packDocx } from '../../src/tasking/pack/pack-docx';
import { packHtml } from '../../src/tasking/pack/pack-html';
import { targetsCsv } from '../../src/tasking/pack/targets-csv';
import { targetsGeoJson } from '../../src/tasking/pack/targets-geojson';
import type { MonthId, TaskingState } from '../../src/tasking/tasking-state';
import type { CliCommand, CommandResult } from './command';
import { DataProblem, UsageError } from './command';
import { COUNT_FROM_FLAG, countFromFlag } from './counting-flags';
import { loadForAnalysis } from './load-inputs';
import { readMappingsFlag } from './local-mapping';
import type { CliOptions } from './options';
import { isMonth, MAPPING_FLAG, OUT_FLAG } from './options';
import { readStateFile } from './state-input';

/** Who the command line records as making its nominations. */
const CLI_USER = 'cli pack';

export const pack: CliCommand = {
  name: 'pack',
  inputs: '<files, folders or zips…>',
  summary:
    'the monthly tasking pack: agenda.html, agenda.docx, targets.csv/.geojson, actions.csv, state.json',
  flags: [
    { name: 'month', value: 'YYYY-MM', description: 'meeting month (required)', accepts: isMonth },
    {
      name: 'state',
      value: 'FILE',
      description: 'the tasking state.json of the last meeting (default: start afresh)',
    },
    {
      name: 'boundary',
      value: 'FILE',
      description:
        'GeoJSON (WGS84) wards or LSOAs: the study area, drawn on the map; its areas are candidates too',
    },
    {
      name: 'date',
      value: 'YYYY-MM-DD',
      description: 'meeting date (the next one is proposed from it)',
      accepts: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
    },
    COUNT_FROM_FLAG,
    MAPPING_FLAG,
    OUT_FLAG,
  ],
  run: packCommand,
};

/**
 * Reads the state (refused before anything is loaded or written), loads the inputs, finds the
 * month's candidates, matches them to the targets by overlap, reopens closed targets that cross
 * the threshold again after monitoring, nominates the top new places with new ids, and renders
 * the pack.
 */
async function packCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { month, out } = options.flags;
  if (!month) throw new UsageError('pack: --month YYYY-MM is required');
  if (!out) throw new UsageError('pack: --out DIR is required');
  const now = new Date();
  const previous = options.flags.state
    ? readStateFile(options.flags.state)
    : emptyTaskingState(now);
  const boundary = options.flags.boundary ? readBoundary(options.flags.boundary) : null;
  const studyArea = boundary ? studyAreaInput([boundary]) : null;
  const countFrom = countFromFlag(options);
  const mappings = readMappingsFlag(options.flags.mapping);
  const { problems } = await loadForAnalysis(db, options.inputs, mappings);

  const { settings } = previous;
  const found = await taskingCandidatesReport(db, {
    meetingMonth: month,
    settings,
    filter: { countFrom },
    studyArea,
    areaLayer: boundary
      ? { name: boundary.name, areas: areaPolygons(boundary.geojson, boundary.nameProperty) }
      : null,
  });
  const outside = outsideStudyAreaText(found.outsideStudyArea, boundary?.name ?? null);
  const matched = matchCandidatesToTargets(found.candidates, previous.targets, settings);
  const reopening = reopenCrossingTargets(previous, matched, month, CLI_USER, now);
  const { state, candidates } = nominateNew(reopening.state, matched, month, now);
  const tasked = state.targets.filter((t) => t.taskedMonth !== null);
  const beforeAfter = await targetsBeforeAfterReport(db, tasked, {
    meetingMonth: month,
    bufferMetres: settings.bufferMetres,
    filter: { ...harmWeightedFilter(settings), countFrom },
    studyArea,
  });
  const report = await packReport(db, {
    meetingMonth: month,
    meetingDate: options.flags.date ?? null,
    state,
    boundary,
    studyArea,
    candidates,
    beforeAfter,
    cellSize: found.cellSize,
    candidatesNote: outside,
    generatedAt: now,
    countFrom,
  });
  const added = state.targets.slice(previous.targets.length).map((t) => t.id);
  return {
    stdout: [
      `Meeting month ${month}: ${candidates.length} candidates, ${state.targets.length} targets`,
      `Newly nominated: ${added.join(', ') || 'none'}`,
      `Reopened (crossed the threshold again): ${reopening.reopened.join(', ') || 'none'}`,
      ...(outside ? [outside] : []),
    ].join('\n'),
    files: [
      { name: 'agenda.html', content: packHtml(report) },
      { name: 'agenda.docx', content: await packDocx(report) },
      { name: 'targets.csv', content: targetsCsv(report.targets) },
      { name: 'targets.geojson', content: `${JSON.stringify(targetsGeoJson(report.targets))}\n` },
      {
        name: 'actions.csv',
        content: actionLogCsv(state, options.flags.date ?? now.toISOString().slice(0, 10)),
      },
      { name: 'state.json', content: serializeTaskingState(state, now) },
    ],
    problems,
  };
}

/**
 * The top `candidateCount` candidates that are not the same place as an existing target become
 * nominated targets with the next ids; the returned candidates carry their new `targetId`.
 */
function nominateNew(
  previous: TaskingState,
  candidates: readonly Candidate[],
  month: MonthId,
  now: Date,
): { state: TaskingState; candidates: Candidate[] } {
  let state: TaskingState = { ...previous, meetingMonth: month };
  const top = [...candidates].sort((a, b) => a.rank - b.rank);
  const withIds = top.map((candidate, index) => {
    if (candidate.targetId !== null || index >= previous.settings.candidateCount) return candidate;
    const nominated = nominateTarget(
      state,
      {
        name: candidate.name,
        geometry: candidate.geometry,
        origin: { kind: candidate.kind, ref: candidate.id },
        problem: { scanning: candidate.sentence },
      },
      CLI_USER,
      month,
      now,
    );
    state = nominated.state;
    return { ...candidate, targetId: nominated.target.id };
  });
  return { state, candidates: withIds };
}

function readBoundary(path: string): BoundaryLayer {
  try {
    return parseBoundaryFile(path, readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataProblem(`--boundary ${path}: ${reason}`, { cause: error });
  }
}
