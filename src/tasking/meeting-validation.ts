import {
  expectArray,
  expectDateTime,
  expectMonth,
  expectNullableString,
  expectNumber,
  expectObject,
  expectOneOf,
  expectString,
  StateFieldError,
} from './state-checks';
import type {
  ActionStatus,
  ActionUpdate,
  Attendance,
  AttendanceEntry,
  BoardEscalation,
  Meeting,
  MeetingNote,
  MeetingNoteKind,
  Partner,
  TaskingAction,
} from './meeting-state';

/** Reading the meeting part of a state file; each reader throws a StateFieldError naming its path. */

const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'carried-forward'];
const ATTENDANCE: readonly Attendance[] = ['present', 'apologies', 'absent'];
const NOTE_KINDS: readonly MeetingNoteKind[] = ['decision', 'aob', 'restricted-case'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD. */
export function expectDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new StateFieldError(
      path,
      `expected a date as YYYY-MM-DD, found ${JSON.stringify(value)}`,
    );
  return value;
}

function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean')
    throw new StateFieldError(path, `expected true or false, found ${JSON.stringify(value)}`);
  return value;
}

/** The number in an id such as "A-012" with the given prefix, or null. */
export function idNumber(id: string, prefix: string): number | null {
  const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id);
  return match ? Number(match[1]) : null;
}

function readUpdate(value: unknown, path: string): ActionUpdate {
  const raw = expectObject(value, path);
  const due = raw.due === null ? null : expectDate(raw.due, `${path}.due`);
  if (raw.previousDue !== undefined && due === null)
    throw new StateFieldError(
      `${path}.previousDue`,
      'expected only on an update that moved the due date, found one whose due is null',
    );
  return {
    at: expectDateTime(raw.at, `${path}.at`),
    by: expectString(raw.by, `${path}.by`),
    month: expectMonth(raw.month, `${path}.month`),
    note: expectString(raw.note, `${path}.note`),
    status: expectOneOf(raw.status, ACTION_STATUSES, `${path}.status`),
    due,
    ...(raw.previousDue === undefined
      ? {}
      : { previousDue: expectDate(raw.previousDue, `${path}.previousDue`) }),
  };
}

export function readAction(value: unknown, path: string): TaskingAction {
  const raw = expectObject(value, path);
  const id = expectString(raw.id, `${path}.id`);
  if (idNumber(id, 'A') === null)
    throw new StateFieldError(`${path}.id`, `expected an id such as A-001, found "${id}"`);
  return {
    id,
    text: expectString(raw.text, `${path}.text`, { nonEmpty: true }),
    targetId: expectNullableString(raw.targetId, `${path}.targetId`),
    agency: expectString(raw.agency, `${path}.agency`, { nonEmpty: true }),
    officer: expectString(raw.officer, `${path}.officer`),
    due: expectDate(raw.due, `${path}.due`),
    status: expectOneOf(raw.status, ACTION_STATUSES, `${path}.status`),
    raisedMonth: expectMonth(raw.raisedMonth, `${path}.raisedMonth`),
    raisedAt: expectDateTime(raw.raisedAt, `${path}.raisedAt`),
    raisedBy: expectString(raw.raisedBy, `${path}.raisedBy`),
    restricted: expectBoolean(raw.restricted, `${path}.restricted`),
    updates: expectArray(raw.updates, `${path}.updates`).map((u, k) =>
      readUpdate(u, `${path}.updates[${k}]`),
    ),
  };
}

export function readPartner(value: unknown, path: string): Partner {
  const raw = expectObject(value, path);
  return {
    agency: expectString(raw.agency, `${path}.agency`, { nonEmpty: true }),
    officers: expectArray(raw.officers, `${path}.officers`).map((o, k) =>
      expectString(o, `${path}.officers[${k}]`),
    ),
  };
}

function readAttendance(value: unknown, path: string): AttendanceEntry {
  const raw = expectObject(value, path);
  return {
    agency: expectString(raw.agency, `${path}.agency`, { nonEmpty: true }),
    name: expectString(raw.name, `${path}.name`),
    attendance: expectOneOf(raw.attendance, ATTENDANCE, `${path}.attendance`),
  };
}

function readNote(value: unknown, path: string): MeetingNote {
  const raw = expectObject(value, path);
  return {
    id: expectString(raw.id, `${path}.id`, { nonEmpty: true }),
    at: expectDateTime(raw.at, `${path}.at`),
    by: expectString(raw.by, `${path}.by`),
    item: expectNumber(raw.item, `${path}.item`, { min: 0, integer: true }),
    kind: expectOneOf(raw.kind, NOTE_KINDS, `${path}.kind`),
    text: expectString(raw.text, `${path}.text`, { nonEmpty: true }),
    restricted: expectBoolean(raw.restricted, `${path}.restricted`),
  };
}

export function readMeeting(value: unknown, path: string): Meeting {
  const raw = expectObject(value, path);
  return {
    month: expectMonth(raw.month, `${path}.month`),
    date: raw.date === null ? null : expectDate(raw.date, `${path}.date`),
    chair: expectString(raw.chair, `${path}.chair`),
    attendance: expectArray(raw.attendance, `${path}.attendance`).map((a, k) =>
      readAttendance(a, `${path}.attendance[${k}]`),
    ),
    notes: expectArray(raw.notes, `${path}.notes`).map((n, k) =>
      readNote(n, `${path}.notes[${k}]`),
    ),
    restrictedPart: expectBoolean(raw.restrictedPart, `${path}.restrictedPart`),
    closedAt: raw.closedAt === null ? null : expectDateTime(raw.closedAt, `${path}.closedAt`),
  };
}

export function readEscalation(value: unknown, path: string): BoardEscalation {
  const raw = expectObject(value, path);
  const id = expectString(raw.id, `${path}.id`);
  if (idNumber(id, 'E') === null)
    throw new StateFieldError(`${path}.id`, `expected an id such as E-001, found "${id}"`);
  let reply: BoardEscalation['reply'] = null;
  if (raw.reply !== null) {
    const r = expectObject(raw.reply, `${path}.reply`);
    reply = {
      at: expectDateTime(r.at, `${path}.reply.at`),
      by: expectString(r.by, `${path}.reply.by`),
      text: expectString(r.text, `${path}.reply.text`, { nonEmpty: true }),
    };
  }
  return {
    id,
    month: expectMonth(raw.month, `${path}.month`),
    at: expectDateTime(raw.at, `${path}.at`),
    by: expectString(raw.by, `${path}.by`),
    targetId: expectNullableString(raw.targetId, `${path}.targetId`),
    text: expectString(raw.text, `${path}.text`, { nonEmpty: true }),
    reply,
  };
}

/** A "next number" counter that cannot hand out an id already used by `ids`. */
export function readNextNumber(
  value: unknown,
  path: string,
  ids: string[],
  prefix: string,
): number {
  const next = expectNumber(value, path, { min: 1, integer: true });
  const highest = Math.max(0, ...ids.map((id) => idNumber(id, prefix) ?? 0));
  if (next <= highest)
    throw new StateFieldError(
      path,
      `${next} would give a new ${prefix}- id already used (highest is ${highest})`,
    );
  return next;
}

/** Ids must be unique within a list. */
export function expectUniqueIds(items: { id: string }[], path: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, k) => {
    const earlier = seen.get(item.id);
    if (earlier !== undefined)
      throw new StateFieldError(
        `${path}[${k}].id`,
        `${item.id} is also the id of ${path}[${earlier}]`,
      );
    seen.set(item.id, k);
  });
}
