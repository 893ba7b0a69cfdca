/**
 * TEMPORARY: stand-ins for the core, candidates and pack modules being written in parallel, with
 * the names and shapes they were announced with. Each goes as soon as the real one is on main.
 */
import type { DuckConnector } from '../../db/connector';
import { toBng } from '../../ingest/bng';
import type { IncidentFilter } from '../../sql/filters';
import { repeatLocationsReport } from '../../reports/repeat-locations-report';
import { addMonths } from '../../analytics/months';
import type { Candidate } from '../../tasking/candidate';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import type {
  BngMultiPolygon,
  MonthId,
  PlaceKind,
  ProblemStatement,
  Target,
  TargetChange,
  TargetStatus,
  TaskingSettings,
  TaskingState,
} from '../../tasking/tasking-state';
import {
  DEFAULT_TASKING_SETTINGS,
  TASKING_STATE_FORMAT,
  TASKING_STATE_VERSION,
} from '../../tasking/tasking-state';

// ---- src/tasking/state-file.ts -------------------------------------------------------------

export function emptyTaskingState(now: string = new Date().toISOString()): TaskingState {
  return {
    format: TASKING_STATE_FORMAT,
    version: TASKING_STATE_VERSION,
    savedAt: now,
    meetingMonth: null,
    settings: structuredClone(DEFAULT_TASKING_SETTINGS),
    targets: [],
    nextTargetNumber: 1,
  };
}

export function serializeTaskingState(state: TaskingState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

export type ParsedTaskingState =
  { ok: true; state: TaskingState; notes: string[] } | { ok: false; message: string };

export function parseTaskingState(text: string): ParsedTaskingState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a tasking state: it is not valid JSON.' };
  }
  const doc = data as Partial<TaskingState> | null;
  if (!doc || doc.format !== TASKING_STATE_FORMAT)
    return { ok: false, message: 'This file is not a tasking state (no csp-tasking-state mark).' };
  if (typeof doc.version !== 'number' || doc.version > TASKING_STATE_VERSION)
    return { ok: false, message: `This file was written by a newer version (${doc.version}).` };
  if (!Array.isArray(doc.targets) || typeof doc.settings !== 'object')
    return { ok: false, message: 'This tasking state is damaged: targets or settings missing.' };
  return { ok: true, state: doc as TaskingState, notes: [] };
}

// ---- src/tasking/target-lifecycle.ts -------------------------------------------------------

export interface PlaceToNominate {
  name: string;
  geometry: BngMultiPolygon;
  origin: { kind: PlaceKind; ref: string | null };
}

const NO_PROBLEM: ProblemStatement = { scanning: '', analysis: '', response: '', assessment: '' };

function changed(
  state: TaskingState,
  id: string,
  change: TargetChange,
  to: TargetStatus,
  edit: (t: Target) => Partial<Target>,
  who: string,
  month: MonthId,
  now: string,
  note = '',
): TaskingState {
  return {
    ...state,
    savedAt: now,
    targets: state.targets.map((t) =>
      t.id !== id
        ? t
        : {
            ...t,
            ...edit(t),
            status: to,
            history: [...t.history, { at: now, by: who, month, change, from: t.status, to, note }],
          },
    ),
  };
}

export function nominateTarget(
  state: TaskingState,
  place: PlaceToNominate,
  leadAgency: string | null,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  const id = `T-${String(state.nextTargetNumber).padStart(3, '0')}`;
  const target: Target = {
    id,
    name: place.name,
    geometry: place.geometry,
    origin: place.origin,
    status: 'nominated',
    leadAgency,
    problem: NO_PROBLEM,
    nominatedMonth: month,
    taskedMonth: null,
    closure: null,
    history: [
      { at: now, by: who, month, change: 'nominated', from: null, to: 'nominated', note: '' },
    ],
  };
  return {
    ...state,
    savedAt: now,
    targets: [...state.targets, target],
    nextTargetNumber: state.nextTargetNumber + 1,
  };
}

export function taskTarget(
  state: TaskingState,
  id: string,
  leadAgency: string,
  problem: ProblemStatement,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  return changed(
    state,
    id,
    'tasked',
    'active',
    () => ({ leadAgency, problem, taskedMonth: month }),
    who,
    month,
    now,
  );
}

export function continueTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  return changed(state, id, 'continued', 'active', () => ({}), who, month, now, note);
}

export function escalateTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  return changed(state, id, 'escalated', 'escalated', () => ({}), who, month, now, note);
}

export function closeTarget(
  state: TaskingState,
  id: string,
  reason: string,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  const monitorUntil = addMonths(month, state.settings.monitoringMonths);
  return changed(
    state,
    id,
    'closed',
    'closed',
    () => ({ closure: { reason, monitorUntil } }),
    who,
    month,
    now,
    reason,
  );
}

export function declineTarget(
  state: TaskingState,
  id: string,
  reason: string,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  return changed(state, id, 'declined', 'declined', () => ({}), who, month, now, reason);
}

export function reopenTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  return changed(
    state,
    id,
    'reopened',
    'nominated',
    () => ({ closure: null }),
    who,
    month,
    now,
    note,
  );
}

export function editTarget(
  state: TaskingState,
  id: string,
  edit: Partial<Pick<Target, 'name' | 'leadAgency' | 'problem'>>,
  who: string,
  month: MonthId,
  now: string,
): TaskingState {
  const status = state.targets.find((t) => t.id === id)?.status ?? 'nominated';
  return changed(state, id, 'edited', status, () => edit, who, month, now);
}

// ---- src/tasking/match-candidates.ts -------------------------------------------------------

function box(geometry: BngMultiPolygon): [number, number, number, number] {
  const points = geometry.flat(2);
  const es = points.map((p) => p[0]);
  const ns = points.map((p) => p[1]);
  return [Math.min(...es), Math.min(...ns), Math.max(...es), Math.max(...ns)];
}

export function matchCandidatesToTargets(
  candidates: readonly Candidate[],
  targets: readonly Target[],
  overlap: number,
): Candidate[] {
  return candidates.map((c) => {
    const [w, s, e, n] = box(c.geometry);
    const hit = targets.find((t) => {
      if (t.status === 'declined') return false;
      const [tw, ts, te, tn] = box(t.geometry);
      const ix = Math.max(0, Math.min(e, te) - Math.max(w, tw));
      const iy = Math.max(0, Math.min(n, tn) - Math.max(s, ts));
      return (ix * iy) / Math.max(1, (e - w) * (n - s)) >= overlap;
    });
    return { ...c, targetId: hit?.id ?? null };
  });
}

export function reopenCrossingTargets(
  state: TaskingState,
  _candidates: readonly Candidate[],
  _who: string,
  _month: MonthId,
  _now: string,
): TaskingState {
  return state;
}

// ---- src/reports/tasking/* -----------------------------------------------------------------

export interface CandidatesReport {
  meetingMonth: MonthId;
  dataMonth: MonthId | null;
  recentMonths: MonthId[];
  baselineMonths: MonthId[];
  missingMonths: MonthId[];
  cellSize: number;
  candidates: Candidate[];
}

function square(e: number, n: number, half: number): BngMultiPolygon {
  return [
    [
      [
        [e - half, n - half],
        [e + half, n - half],
        [e + half, n + half],
        [e - half, n + half],
        [e - half, n - half],
      ],
    ],
  ];
}

export async function taskingCandidatesReport(
  db: DuckConnector,
  options: { meetingMonth: MonthId; settings: TaskingSettings; filter?: IncidentFilter },
): Promise<CandidatesReport> {
  const dataMonth = addMonths(options.meetingMonth, -1);
  const recent = Array.from({ length: options.settings.recentMonths }, (_, i) =>
    addMonths(dataMonth, i - options.settings.recentMonths + 1),
  );
  const first = addMonths(recent[0] ?? dataMonth, -options.settings.baselineMonths);
  const report = await repeatLocationsReport(
    db,
    { ...options.filter, fromMonth: first, toMonth: dataMonth },
    'street',
    40,
  );
  const candidates: Candidate[] = report.locations
    .slice(0, options.settings.candidateCount)
    .map((l, i) => {
      const [w, s, e, n] = l.box;
      const [ew, ns] = [(w + e) / 2, (s + n) / 2];
      const [easting, northing] = toBng(ew, ns);
      const monthly = report.months.map((m, k) => ({ month: m, count: l.monthly[k] ?? null }));
      const recentCount = monthly
        .filter((m) => recent.includes(m.month))
        .reduce((a, m) => a + (m.count ?? 0), 0);
      const baseCount = l.total - recentCount;
      return {
        id: `location:${l.key}`,
        kind: 'street',
        name: l.name,
        geometry: square(easting, northing, 120),
        box: [w - 0.002, s - 0.002, e + 0.002, n + 0.002],
        rank: i + 1,
        score: recentCount,
        recent: { months: recent, count: recentCount, harmWeighted: recentCount * 2 },
        baseline: {
          months: report.months.filter((m) => !recent.includes(m)),
          count: baseCount,
          harmWeighted: baseCount * 2,
        },
        change: null,
        giConfidence: null,
        spaceTime: null,
        exceedance: false,
        categoryMix: l.categoryMix,
        monthly,
        sentence: `${l.name}: ${recentCount} incidents in the last ${recent.length} months (stand-in ranking).`,
        targetId: null,
      };
    });
  return {
    meetingMonth: options.meetingMonth,
    dataMonth,
    recentMonths: recent,
    baselineMonths: report.months.filter((m) => !recent.includes(m)),
    missingMonths: [],
    cellSize: 250,
    candidates,
  };
}

export async function targetBeforeAfterReport(
  _db: DuckConnector,
  target: Target,
  options: { meetingMonth: MonthId; bufferMetres: number; filter?: IncidentFilter },
): Promise<TargetBeforeAfter> {
  const zone = { before: 0, after: 0, rateRatio: null };
  return {
    targetId: target.id,
    taskedMonth: target.taskedMonth,
    beforeMonths: [],
    afterMonths: [],
    missingMonths: [],
    target: zone,
    buffer: { ...zone, widthMetres: options.bufferMetres },
    control: zone,
    wdq: null,
    monthly: [],
    caveats: ['Stand-in: the before/after report has not landed yet.'],
  };
}

// ---- src/tasking/pack/* --------------------------------------------------------------------

export interface PackInput {
  state: TaskingState;
  meetingMonth: MonthId;
  candidates: Candidate[];
  beforeAfter: TargetBeforeAfter[];
}

export function packHtml(input: PackInput): string {
  const rows = input.state.targets
    .map((t) => `<tr><td>${t.id}</td><td>${escapeText(t.name)}</td><td>${t.status}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tasking pack ${input.meetingMonth}</title><style>@page { @top-center { content: "OFFICIAL-SENSITIVE" } @bottom-center { content: "OFFICIAL-SENSITIVE" } }</style></head><body><h1>ASB Multi Agency Tasking: ${input.meetingMonth}</h1><table><caption>Targets</caption><tbody>${rows}</tbody></table></body></html>`;
}

export async function packDocx(_input: PackInput): Promise<Blob> {
  return new Blob(['stand-in'], { type: 'application/octet-stream' });
}

export function targetsCsv(state: TaskingState): string {
  return [
    'id,name,status',
    ...state.targets.map((t) => `${t.id},"${t.name.replaceAll('"', '""')}",${t.status}`),
  ].join('\r\n');
}

export function targetsGeoJson(state: TaskingState): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: state.targets.map((t) => ({
      type: 'Feature',
      properties: { id: t.id },
      geometry: null,
    })),
  });
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
