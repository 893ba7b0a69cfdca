import { monthLabel } from '../../analytics/months';
import { actionsForMeeting } from '../action-log';
import { ACTION_EXPORT_COLUMNS, actionExportRow, statusWord } from '../action-rows';
import { decisionsOfMonth, decisionText } from '../meeting-decisions';
import { meetingOf } from '../meeting-record';
import type { AttendanceEntry, BoardEscalation, TaskingAction } from '../meeting-state';
import { AGENDA_TITLES, nextMeeting, PACK_MARKING } from '../pack/pack-model';
import type { CloseItem } from '../pack/pack-model';
import type { MonthId, TaskingState } from '../tasking-state';

/**
 * The minutes of a meeting month, built from what was recorded: attendance, per agenda item what
 * was decided, the action log after the meeting and the next date. The open version leaves the
 * restricted part out entirely (saying one was held); the restricted version includes it.
 */

export type MinutesVersion = 'open' | 'restricted';

export const RESTRICTED_PART_NOTICE = 'A restricted part was held; its notes are kept separately.';

/** A target's decisions at the meeting and the actions raised for it. */
export interface MinutesTarget {
  id: string;
  name: string;
  leadAgency: string | null;
  decisions: string[];
  actions: string[];
}

export interface MinutesItem {
  number: number;
  title: string;
  targets: MinutesTarget[];
  /** Everything else recorded at the item, one sentence each. */
  lines: string[];
}

export interface Minutes {
  version: MinutesVersion;
  marking: typeof PACK_MARKING;
  title: string;
  month: MonthId;
  date: string | null;
  chair: string;
  /** ISO date-time the chair closed the meeting; null: the minutes are a draft. */
  closedAt: string | null;
  generatedAt: string;
  attendance: Record<'present' | 'apologies' | 'absent', AttendanceEntry[]>;
  /** Open version only, when a restricted part was held. */
  restrictedNotice: string | null;
  items: MinutesItem[];
  /** The action log as it stands after the meeting, statuses as on `day`. */
  actionLog: { columns: readonly string[]; rows: string[][]; day: string };
  nextMeeting: CloseItem['nextMeeting'];
}

export interface MinutesInputs {
  state: TaskingState;
  month: MonthId;
  version: MinutesVersion;
  generatedAt: Date;
  groupName?: string;
}

const NOMINATION_CHANGES = new Set(['tasked', 'declined', 'reopened']);

/** Builds the minutes of `month`; throws when no meeting was recorded for it. Pure. */
export function buildMinutes(inputs: MinutesInputs): Minutes {
  const { state, month, version } = inputs;
  const meeting = meetingOf(state, month);
  if (!meeting) throw new Error(`There is no meeting recorded for ${month}.`);
  const restricted = version === 'restricted';
  const shown = (a: TaskingAction) => restricted || !a.restricted;
  const day =
    meeting.date ?? meeting.closedAt?.slice(0, 10) ?? inputs.generatedAt.toISOString().slice(0, 10);
  const decisions = decisionsOfMonth(state, month, { restricted });
  const asOf = state.actions.flatMap((a) => {
    const then = actionAsOf(a, month);
    return then && shown(then) ? [then] : [];
  });
  const raised = asOf.filter((a) => a.raisedMonth === month);
  const items: MinutesItem[] = AGENDA_TITLES.map((title, number) => ({
    number,
    title,
    targets: [],
    lines: [],
  }));
  const item = (n: number) => items[n] as MinutesItem;

  const placed = new Map<string, MinutesTarget>();
  for (const t of decisions.targets) {
    const entry: MinutesTarget = {
      id: t.id,
      name: t.name,
      leadAgency: t.leadAgency,
      decisions: t.events.map(decisionText),
      actions: [],
    };
    placed.set(t.id, entry);
    const nomination = t.events.some((e) => NOMINATION_CHANGES.has(e.change));
    item(nomination ? 4 : 3).targets.push(entry);
  }
  for (const action of raised) {
    if (action.targetId === null) {
      item(8).lines.push(`New general action ${actionLine(action)}`);
      continue;
    }
    let entry = placed.get(action.targetId);
    if (!entry) {
      const target = state.targets.find((t) => t.id === action.targetId);
      entry = {
        id: action.targetId,
        name: target?.name ?? '',
        leadAgency: target?.leadAgency ?? null,
        decisions: [],
        actions: [],
      };
      placed.set(action.targetId, entry);
      item(target?.status === 'nominated' ? 4 : 3).targets.push(entry);
    }
    entry.actions.push(`New action ${actionLine(action)}`);
  }
  for (const action of asOf) {
    for (const update of action.updates.filter((u) => u.month === month)) {
      const moved = update.due === null ? '' : `, now due ${update.due}`;
      const note = update.note === '' ? '' : `: ${update.note}`;
      item(1).lines.push(
        `${action.id} ${action.text} (${action.agency}): ${statusWord(update.status)}${moved}${note}`,
      );
    }
  }
  for (const e of state.escalations.filter((e) => e.month === month))
    item(8).lines.push(`Escalated to the CSP board: ${escalationText(e)}`);
  for (const note of decisions.notes) {
    const prefix =
      note.kind === 'aob' ? 'Any other business: ' : note.restricted ? 'Restricted: ' : '';
    item(Math.min(note.item, items.length - 1)).lines.push(`${prefix}${note.text}`);
  }
  const restrictedHeld =
    meeting.restrictedPart ||
    meeting.notes.some((n) => n.restricted) ||
    state.actions.some((a) => a.restricted && a.raisedMonth === month);
  const restrictedNotice = !restricted && restrictedHeld ? RESTRICTED_PART_NOTICE : null;
  if (restrictedNotice) item(5).lines.push(restrictedNotice);

  const group = inputs.groupName ?? 'ASB Multi Agency Tasking Group';
  return {
    version,
    marking: PACK_MARKING,
    title:
      `${group}: minutes of the ${monthLabel(month)} meeting` +
      (restricted ? ' (restricted version, named cases included)' : ''),
    month,
    date: meeting.date,
    chair: meeting.chair,
    closedAt: meeting.closedAt,
    generatedAt: inputs.generatedAt.toISOString(),
    attendance: {
      present: meeting.attendance.filter((a) => a.attendance === 'present'),
      apologies: meeting.attendance.filter((a) => a.attendance === 'apologies'),
      absent: meeting.attendance.filter((a) => a.attendance === 'absent'),
    },
    restrictedNotice,
    items,
    actionLog: {
      columns: ACTION_EXPORT_COLUMNS,
      rows: actionLogAfter(state, asOf, month, day),
      day,
    },
    nextMeeting: nextMeeting(month, meeting.date),
  };
}

/** "A-004 Repair the underpass lighting; owner Council (J. Smith), due 2025-11-30". */
function actionLine(action: TaskingAction): string {
  const officer = action.officer === '' ? '' : ` (${action.officer})`;
  const due = action.due === DUE_UNKNOWN ? 'a date since moved' : action.due;
  return `${action.id} ${action.text}; owner ${action.agency}${officer}, due ${due}`;
}

function escalationText(e: BoardEscalation): string {
  return `${e.id}${e.targetId ? ` (${e.targetId})` : ''}: ${e.text}`;
}

/** Unfinished actions (overdue and carried forward first, oldest first), then those done this month. */
function actionLogAfter(
  state: TaskingState,
  actions: TaskingAction[],
  month: MonthId,
  day: string,
): string[][] {
  const unfinished = actionsForMeeting(actions, day, { since: null, restricted: true });
  const doneThisMonth = actions.filter(
    (a) => a.status === 'done' && a.updates.some((u) => u.month === month && u.status === 'done'),
  );
  return [...unfinished.map((row) => row.action), ...doneThisMonth].map((a) => {
    const row = actionExportRow(state, a, day);
    const dueNow = state.actions.find((b) => b.id === a.id)?.due ?? a.due;
    if (a.due === DUE_UNKNOWN) {
      row[5] = `moved since to ${dueNow}`;
      row[7] = '–';
    } else if (dueNow !== a.due) row[5] = `${a.due} (moved since to ${dueNow})`;
    return row;
  });
}

/**
 * Marks a due date moved after the minuted meeting when the date it had then is not known: an
 * update saved before updates kept the due date they replaced.
 */
const DUE_UNKNOWN = 'unknown';

/**
 * The action as it stood at the end of the meeting of `month` (null if raised later): only the
 * updates of that month and before count, and the due date is the one it had then.
 */
export function actionAsOf(action: TaskingAction, month: MonthId): TaskingAction | null {
  if (action.raisedMonth > month) return null;
  const updates = action.updates.filter((u) => u.month <= month);
  if (updates.length === action.updates.length) return action;
  return {
    ...action,
    updates,
    status: updates.at(-1)?.status ?? 'open',
    due: dueAsOf(action, month),
  };
}

/**
 * The due date at the end of the meeting of `month`: the date the first later move replaced, else
 * the last move up to then; {@link DUE_UNKNOWN} when neither says.
 */
function dueAsOf(action: TaskingAction, month: MonthId): string {
  const laterMove = action.updates.find((u) => u.month > month && u.due !== null);
  if (!laterMove) return action.due;
  if (laterMove.previousDue !== undefined) return laterMove.previousDue;
  const movedThen = action.updates.filter((u) => u.month <= month && u.due !== null).at(-1)?.due;
  return movedThen ?? DUE_UNKNOWN;
}
