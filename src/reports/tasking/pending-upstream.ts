/**
 * TEMPORARY: stand-ins for the core and cand engineers' modules until they land on main, with
 * their names and signatures. Deleted at merge; nothing else may grow here.
 */
import { addMonths } from '../../analytics/months';
import type { DuckConnector } from '../../db/connector';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import type { Candidate } from '../../tasking/candidate';
import type {
  BngMultiPolygon,
  MonthId,
  ProblemStatement,
  Target,
  TaskingSettings,
  TaskingState,
} from '../../tasking/tasking-state';
import {
  DEFAULT_TASKING_SETTINGS,
  TASKING_STATE_FORMAT,
  TASKING_STATE_VERSION,
} from '../../tasking/tasking-state';
import { fromBng } from '../../ingest/bng';
import type { StudyAreaInput } from '../hotspots/study-area';
import type { IncidentFilter } from '../../sql/filters';
import { hotspotsReport } from '../hotspots-report';

export function emptyTaskingState(now: Date = new Date()): TaskingState {
  return {
    format: TASKING_STATE_FORMAT,
    version: TASKING_STATE_VERSION,
    savedAt: now.toISOString(),
    meetingMonth: null,
    settings: { ...DEFAULT_TASKING_SETTINGS },
    targets: [],
    nextTargetNumber: 1,
  };
}

export function serializeTaskingState(state: TaskingState, now: Date = new Date()): string {
  return `${JSON.stringify({ ...state, savedAt: now.toISOString() }, null, 2)}\n`;
}

export type ParsedTaskingState =
  { ok: true; state: TaskingState; migratedFrom: number | null } | { ok: false; message: string };

export function parseTaskingState(text: string): ParsedTaskingState {
  try {
    const value = JSON.parse(text) as TaskingState;
    if (value.format !== TASKING_STATE_FORMAT)
      return { ok: false, message: 'This is not a tasking state file.' };
    if (!Array.isArray(value.targets)) return { ok: false, message: 'targets: not a list' };
    return { ok: true, state: value, migratedFrom: null };
  } catch (error) {
    return { ok: false, message: `This is not a tasking state file: ${String(error)}` };
  }
}

export interface NominationInput {
  name: string;
  geometry: BngMultiPolygon;
  origin: Target['origin'];
  leadAgency?: string | null;
  problem?: Partial<ProblemStatement>;
}

export function nominateTarget(
  state: TaskingState,
  input: NominationInput,
  who: string,
  month: MonthId,
  now: Date,
): { state: TaskingState; target: Target } {
  const target: Target = {
    id: `T-${String(state.nextTargetNumber).padStart(3, '0')}`,
    name: input.name,
    geometry: input.geometry,
    origin: input.origin,
    status: 'nominated',
    leadAgency: input.leadAgency ?? null,
    problem: { scanning: '', analysis: '', response: '', assessment: '', ...input.problem },
    nominatedMonth: month,
    taskedMonth: null,
    closure: null,
    history: [
      {
        at: now.toISOString(),
        by: who,
        month,
        change: 'nominated',
        from: null,
        to: 'nominated',
        note: '',
      },
    ],
  };
  return {
    state: {
      ...state,
      targets: [...state.targets, target],
      nextTargetNumber: state.nextTargetNumber + 1,
    },
    target,
  };
}

function box(g: BngMultiPolygon): [number, number, number, number] {
  const all = g.flat(2);
  const es = all.map((p) => p[0]);
  const ns = all.map((p) => p[1]);
  return [Math.min(...es), Math.min(...ns), Math.max(...es), Math.max(...ns)];
}

export function matchCandidatesToTargets(
  candidates: readonly Candidate[],
  targets: readonly Target[],
  settings: Pick<TaskingSettings, 'matchOverlap'>,
): Candidate[] {
  return candidates.map((c) => {
    const [a0, a1, a2, a3] = box(c.geometry);
    const match = targets.find((t) => {
      const [b0, b1, b2, b3] = box(t.geometry);
      const w = Math.max(0, Math.min(a2, b2) - Math.max(a0, b0));
      const h = Math.max(0, Math.min(a3, b3) - Math.max(a1, b1));
      return (w * h) / Math.max(1, (a2 - a0) * (a3 - a1)) >= settings.matchOverlap;
    });
    return { ...c, targetId: match?.id ?? null };
  });
}

export interface CandidatesReportOptions {
  meetingMonth: MonthId;
  settings: TaskingSettings;
  studyArea?: StudyAreaInput | null;
}

export async function taskingCandidatesReport(
  db: DuckConnector,
  options: CandidatesReportOptions,
): Promise<{ candidates: Candidate[]; cellSize: number }> {
  const { meetingMonth, settings } = options;
  const from = addMonths(meetingMonth, 1 - settings.recentMonths);
  const report = await hotspotsReport(
    db,
    { fromMonth: from, toMonth: meetingMonth, categories: ['asb', 'criminal-damage-arson'] },
    { studyArea: options.studyArea ?? null },
  );
  const size = report.cellSize;
  const hot = report.cells
    .filter((c) => c.class.startsWith('hot') && c.count >= settings.minCount)
    .sort((a, b) => b.count - a.count)
    .slice(0, settings.candidateCount * 2);
  const candidates = hot.map((c, i): Candidate => {
    const [e, n] = [c.ix * size, c.iy * size];
    const [w, s] = fromBng(e, n);
    const [east, north] = fromBng(e + size, n + size);
    return {
      id: `cluster:${c.ix},${c.iy}`,
      kind: 'hotspot-cluster',
      name: `cell ${c.ix},${c.iy}`,
      geometry: [
        [
          [
            [e, n],
            [e + size, n],
            [e + size, n + size],
            [e, n + size],
            [e, n],
          ],
        ],
      ],
      box: [w, s, east, north],
      rank: i + 1,
      score: c.count,
      recent: { months: [], count: c.count, harmWeighted: c.count },
      baseline: { months: [], count: 0, harmWeighted: 0 },
      change: null,
      giConfidence: 0.99,
      spaceTime: null,
      exceedance: false,
      categoryMix: { asb: c.count },
      monthly: [],
      sentence: `Hot cell ${c.ix},${c.iy}: ${c.count} incidents in ${settings.recentMonths} months.`,
      targetId: null,
    };
  });
  return { candidates, cellSize: size };
}

export interface BeforeAfterOptions {
  meetingMonth: MonthId;
  bufferMetres: number;
  filter?: IncidentFilter;
  studyArea?: StudyAreaInput | null;
}

export async function targetsBeforeAfterReport(
  _db: DuckConnector,
  targets: readonly Target[],
  options: BeforeAfterOptions,
): Promise<TargetBeforeAfter[]> {
  return targets
    .filter((t) => t.taskedMonth !== null)
    .map((t) => ({
      targetId: t.id,
      taskedMonth: t.taskedMonth,
      beforeMonths: [],
      afterMonths: [],
      missingMonths: [],
      target: { before: 0, after: 0, rateRatio: null },
      buffer: { before: 0, after: 0, rateRatio: null, widthMetres: options.bufferMetres },
      control: { before: 0, after: 0, rateRatio: null },
      wdq: null,
      monthly: [],
      caveats: ['placeholder until the before/after report lands'],
    }));
}
