import { DEFAULT_PARTNERS } from './meeting-state';
import { canonicalMeetingRecord } from './meeting-file';
import type { TaskingStateMigration } from './state-migrations';
import { migrateTaskingState, migrations } from './state-migrations';
import { StateFieldError } from './state-checks';
import { readTaskingState } from './state-validation';
import type { Target, TaskingState } from './tasking-state';
import {
  DEFAULT_TASKING_SETTINGS,
  TASKING_STATE_FORMAT,
  TASKING_STATE_VERSION,
} from './tasking-state';

/** A tasking state with no targets, default settings, saved now. */
export function emptyTaskingState(now: Date = new Date()): TaskingState {
  return {
    format: TASKING_STATE_FORMAT,
    version: TASKING_STATE_VERSION,
    savedAt: now.toISOString(),
    meetingMonth: null,
    settings: {
      ...DEFAULT_TASKING_SETTINGS,
      harmWeights: { ...DEFAULT_TASKING_SETTINGS.harmWeights },
    },
    targets: [],
    nextTargetNumber: 1,
    actions: [],
    nextActionNumber: 1,
    partners: DEFAULT_PARTNERS.map((p) => ({ agency: p.agency, officers: [...p.officers] })),
    meetings: [],
    escalations: [],
    nextEscalationNumber: 1,
  };
}

/** A target with its keys in the file's order. */
function canonicalTarget(t: Target): Target {
  return {
    id: t.id,
    name: t.name,
    status: t.status,
    origin: { kind: t.origin.kind, ref: t.origin.ref },
    leadAgency: t.leadAgency,
    nominatedMonth: t.nominatedMonth,
    taskedMonth: t.taskedMonth,
    closure: t.closure && { reason: t.closure.reason, monitorUntil: t.closure.monitorUntil },
    problem: {
      scanning: t.problem.scanning,
      analysis: t.problem.analysis,
      response: t.problem.response,
      assessment: t.problem.assessment,
    },
    history: t.history.map((e) => ({
      at: e.at,
      by: e.by,
      month: e.month,
      change: e.change,
      from: e.from,
      to: e.to,
      note: e.note,
    })),
    geometry: t.geometry,
  };
}

/** Geometry positions one to a line ("[451234.5, 371234]") keeps a file readable and diffable. */
function compactPositions(json: string): string {
  return json.replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]');
}

/**
 * The state as the `state.json` text the browser exports and the CLI writes: pretty JSON with
 * keys in a fixed order (harm weights sorted by category), so the same state always gives the
 * same text, and `savedAt` set to `now`. The state passed in is not changed.
 */
export function serializeTaskingState(state: TaskingState, now: Date = new Date()): string {
  const weights = Object.fromEntries(
    Object.entries(state.settings.harmWeights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const s = state.settings;
  const file: TaskingState = {
    format: TASKING_STATE_FORMAT,
    version: TASKING_STATE_VERSION,
    savedAt: now.toISOString(),
    meetingMonth: state.meetingMonth,
    nextTargetNumber: state.nextTargetNumber,
    settings: {
      harmWeights: weights,
      otherWeight: s.otherWeight,
      recentMonths: s.recentMonths,
      baselineMonths: s.baselineMonths,
      candidateCount: s.candidateCount,
      minCount: s.minCount,
      bufferMetres: s.bufferMetres,
      monitoringMonths: s.monitoringMonths,
      matchOverlap: s.matchOverlap,
    },
    targets: state.targets.map(canonicalTarget),
    ...canonicalMeetingRecord(state),
  };
  return `${compactPositions(JSON.stringify(file, null, 2))}\n`;
}

/** The outcome of reading a state file: the state, or a message and nothing else. */
export type ParsedTaskingState =
  { ok: true; state: TaskingState; migratedFrom: number | null } | { ok: false; message: string };

/** Options of {@link parseTaskingState}, for tests of the migration mechanism. */
export interface ParseTaskingStateOptions {
  migrations?: Record<number, TaskingStateMigration>;
}

/**
 * Reads a `state.json` text. A file of an older version is migrated (and `migratedFrom` says
 * from which); a newer version, another kind of file, bad JSON or any field missing or wrong is
 * refused with a message naming the problem and where it is ("targets[2].geometry[0][0]: …").
 * Settings the file leaves out take their defaults. A refusal carries no state, so the caller
 * keeps what it had.
 */
export function parseTaskingState(
  text: string,
  options: ParseTaskingStateOptions = {},
): ParsedTaskingState {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `This is not a tasking state file: it is not valid JSON (${detail}).`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'This is not a tasking state file: it holds no JSON object.' };
  const raw = value as Record<string, unknown>;
  if (raw.format !== TASKING_STATE_FORMAT)
    return {
      ok: false,
      message: `This is not a tasking state file: its "format" is ${JSON.stringify(raw.format) ?? 'missing'}, not "${TASKING_STATE_FORMAT}".`,
    };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return {
      ok: false,
      message: `The tasking state file has no valid "version" (found ${JSON.stringify(version) ?? 'nothing'}).`,
    };
  if (version > TASKING_STATE_VERSION)
    return {
      ok: false,
      message: `This file is tasking state version ${version}, made by a newer build; this build reads version ${TASKING_STATE_VERSION} and older. Open it with the newer build.`,
    };
  let migratedFrom: number | null = null;
  if (version < TASKING_STATE_VERSION) {
    const migrated = migrateTaskingState(
      value,
      version,
      TASKING_STATE_VERSION,
      options.migrations ?? migrations,
    );
    if (!migrated.ok) return migrated;
    value = migrated.value;
    migratedFrom = version;
  }
  try {
    return { ok: true, state: readTaskingState(value), migratedFrom };
  } catch (error) {
    if (error instanceof StateFieldError)
      return { ok: false, message: `The tasking state file is damaged: ${error.message}.` };
    throw error;
  }
}
