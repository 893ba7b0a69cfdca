import {
  expectUniqueIds,
  readAction,
  readEscalation,
  readMeeting,
  readNextNumber,
  readPartner,
} from './meeting-validation';
import {
  expectArray,
  expectBngMultiPolygon,
  expectDateTime,
  expectMonth,
  expectNullableMonth,
  expectNullableString,
  expectNumber,
  expectObject,
  expectOneOf,
  expectString,
  StateFieldError,
} from './state-checks';
import type {
  PlaceKind,
  ProblemStatement,
  Target,
  TargetChange,
  TargetEvent,
  TargetStatus,
  TaskingSettings,
  TaskingState,
} from './tasking-state';
import { DEFAULT_TASKING_SETTINGS, TASKING_STATE_FORMAT } from './tasking-state';

/** Every PlaceKind, TargetStatus and TargetChange: the words a state file may hold. */
export const PLACE_KINDS: readonly PlaceKind[] = [
  'hotspot-cluster',
  'repeat-location',
  'street',
  'area',
  'drawn',
  'partner',
];
export const TARGET_STATUSES: readonly TargetStatus[] = [
  'nominated',
  'active',
  'escalated',
  'closed',
  'declined',
];
export const TARGET_CHANGES: readonly TargetChange[] = [
  'nominated',
  'tasked',
  'continued',
  'escalated',
  'closed',
  'declined',
  'reopened',
  'edited',
];
const TARGET_ID = /^T-(\d{3,})$/;

/** The number in a target id ("T-012" → 12), or null for another form. */
export function targetNumber(id: string): number | null {
  const match = TARGET_ID.exec(id);
  return match ? Number(match[1]) : null;
}

/** Settings, with every key the file leaves out taken from {@link DEFAULT_TASKING_SETTINGS}. */
export function readSettings(value: unknown, path = 'settings'): TaskingSettings {
  const raw = value === undefined ? {} : expectObject(value, path);
  const pick = (name: keyof TaskingSettings): unknown =>
    raw[name] === undefined ? DEFAULT_TASKING_SETTINGS[name] : raw[name];
  const weightsRaw = expectObject(pick('harmWeights'), `${path}.harmWeights`);
  const harmWeights: Record<string, number> = {};
  for (const [category, weight] of Object.entries(weightsRaw))
    harmWeights[category] = expectNumber(weight, `${path}.harmWeights.${category}`, { min: 0 });
  const whole = (name: keyof TaskingSettings, min: number) =>
    expectNumber(pick(name), `${path}.${name}`, { min, integer: true });
  return {
    harmWeights,
    otherWeight: expectNumber(pick('otherWeight'), `${path}.otherWeight`, { min: 0 }),
    recentMonths: whole('recentMonths', 1),
    baselineMonths: whole('baselineMonths', 1),
    candidateCount: whole('candidateCount', 1),
    minCount: whole('minCount', 0),
    bufferMetres: expectNumber(pick('bufferMetres'), `${path}.bufferMetres`, { min: 1 }),
    monitoringMonths: whole('monitoringMonths', 0),
    matchOverlap: expectNumber(pick('matchOverlap'), `${path}.matchOverlap`, { min: 0.01, max: 1 }),
  };
}

function readProblem(value: unknown, path: string): ProblemStatement {
  const raw = expectObject(value, path);
  return {
    scanning: expectString(raw.scanning, `${path}.scanning`),
    analysis: expectString(raw.analysis, `${path}.analysis`),
    response: expectString(raw.response, `${path}.response`),
    assessment: expectString(raw.assessment, `${path}.assessment`),
  };
}

function readEvent(value: unknown, path: string): TargetEvent {
  const raw = expectObject(value, path);
  return {
    at: expectDateTime(raw.at, `${path}.at`),
    by: expectString(raw.by, `${path}.by`),
    month: expectMonth(raw.month, `${path}.month`),
    change: expectOneOf(raw.change, TARGET_CHANGES, `${path}.change`),
    from: raw.from === null ? null : expectOneOf(raw.from, TARGET_STATUSES, `${path}.from`),
    to: expectOneOf(raw.to, TARGET_STATUSES, `${path}.to`),
    note: expectString(raw.note, `${path}.note`),
  };
}

/** One target, every field checked; the path names it in a message ("targets[2].status"). */
export function readTarget(value: unknown, path: string): Target {
  const raw = expectObject(value, path);
  const id = expectString(raw.id, `${path}.id`);
  if (targetNumber(id) === null)
    throw new StateFieldError(
      `${path}.id`,
      `expected an id like T-001, found ${JSON.stringify(id)}`,
    );
  const origin = expectObject(raw.origin, `${path}.origin`);
  const status = expectOneOf(raw.status, TARGET_STATUSES, `${path}.status`);
  const closure =
    raw.closure === null
      ? null
      : (() => {
          const c = expectObject(raw.closure, `${path}.closure`);
          return {
            reason: expectString(c.reason, `${path}.closure.reason`, { nonEmpty: true }),
            monitorUntil: expectMonth(c.monitorUntil, `${path}.closure.monitorUntil`),
          };
        })();
  if (status === 'closed' && closure === null)
    throw new StateFieldError(
      `${path}.closure`,
      'a closed target needs its closure (reason and monitoring)',
    );
  return {
    id,
    name: expectString(raw.name, `${path}.name`, { nonEmpty: true }),
    geometry: expectBngMultiPolygon(raw.geometry, `${path}.geometry`),
    origin: {
      kind: expectOneOf(origin.kind, PLACE_KINDS, `${path}.origin.kind`),
      ref: expectNullableString(origin.ref, `${path}.origin.ref`),
    },
    status,
    leadAgency: expectNullableString(raw.leadAgency, `${path}.leadAgency`),
    problem: readProblem(raw.problem, `${path}.problem`),
    nominatedMonth: expectMonth(raw.nominatedMonth, `${path}.nominatedMonth`),
    taskedMonth: expectNullableMonth(raw.taskedMonth, `${path}.taskedMonth`),
    closure,
    history: expectArray(raw.history, `${path}.history`).map((e, k) =>
      readEvent(e, `${path}.history[${k}]`),
    ),
  };
}

/**
 * A whole state of this build's version, every field checked: the first problem found is thrown
 * as a {@link StateFieldError} naming its path. Fields this version does not know are dropped.
 */
export function readTaskingState(value: unknown): TaskingState {
  const raw = expectObject(value, 'the file');
  if (raw.format !== TASKING_STATE_FORMAT)
    throw new StateFieldError(
      'format',
      `expected "${TASKING_STATE_FORMAT}", found ${JSON.stringify(raw.format) ?? 'nothing'}`,
    );
  const targets = expectArray(raw.targets, 'targets').map((t, k) => readTarget(t, `targets[${k}]`));
  const seen = new Map<string, number>();
  targets.forEach((t, k) => {
    const earlier = seen.get(t.id);
    if (earlier !== undefined)
      throw new StateFieldError(
        `targets[${k}].id`,
        `${t.id} is also the id of targets[${earlier}]`,
      );
    seen.set(t.id, k);
  });
  const nextTargetNumber = expectNumber(raw.nextTargetNumber, 'nextTargetNumber', {
    min: 1,
    integer: true,
  });
  const highest = Math.max(0, ...targets.map((t) => targetNumber(t.id) ?? 0));
  if (nextTargetNumber <= highest)
    throw new StateFieldError(
      'nextTargetNumber',
      `${nextTargetNumber} would give a new target an id already used (highest is ${highest})`,
    );
  return {
    format: TASKING_STATE_FORMAT,
    version: expectNumber(raw.version, 'version', { min: 0, integer: true }),
    savedAt: expectDateTime(raw.savedAt, 'savedAt'),
    meetingMonth: expectNullableMonth(raw.meetingMonth, 'meetingMonth'),
    settings: readSettings(raw.settings),
    targets,
    nextTargetNumber,
    ...readMeetingRecord(raw),
  };
}

/** The action log, partners, meetings and escalations of a state, each checked. */
function readMeetingRecord(raw: Record<string, unknown>) {
  const actions = expectArray(raw.actions, 'actions').map((a, k) => readAction(a, `actions[${k}]`));
  expectUniqueIds(actions, 'actions');
  const escalations = expectArray(raw.escalations, 'escalations').map((e, k) =>
    readEscalation(e, `escalations[${k}]`),
  );
  expectUniqueIds(escalations, 'escalations');
  const meetings = expectArray(raw.meetings, 'meetings').map((m, k) =>
    readMeeting(m, `meetings[${k}]`),
  );
  expectUniqueIds(
    meetings.map((m) => ({ id: m.month })),
    'meetings',
  );
  return {
    actions,
    nextActionNumber: readNextNumber(
      raw.nextActionNumber,
      'nextActionNumber',
      actions.map((a) => a.id),
      'A',
    ),
    partners: expectArray(raw.partners, 'partners').map((p, k) => readPartner(p, `partners[${k}]`)),
    meetings,
    escalations,
    nextEscalationNumber: readNextNumber(
      raw.nextEscalationNumber,
      'nextEscalationNumber',
      escalations.map((e) => e.id),
      'E',
    ),
  };
}
