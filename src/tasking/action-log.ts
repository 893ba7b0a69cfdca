import { expectMonth } from './state-checks';
import { AMBER_DAYS } from './meeting-state';
import type { ActionShownStatus, ActionStatus, Rag, TaskingAction } from './meeting-state';
import type { MonthId, TaskingState } from './tasking-state';

/**
 * The action log: raising an action, dated updates, done and carried forward. Like the target
 * lifecycle, each change returns a new state and throws an Error saying what is wrong when the
 * change is not allowed. "Overdue" is never stored: it is read off the due date on a given day.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Zero-padded id of an action number: 7 → "A-007". */
export function actionId(n: number): string {
  return `A-${String(n).padStart(3, '0')}`;
}

function requireText(value: string | null | undefined, what: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw new Error(`${what} is required.`);
  return text;
}

/** A change recorded in a meeting month whose meeting was closed would alter final minutes. */
function refuseClosedMonth(state: TaskingState, month: MonthId): void {
  const meeting = state.meetings.find((m) => m.month === month);
  if (meeting && meeting.closedAt !== null)
    throw new Error(`The ${month} meeting was closed; its minutes can no longer change.`);
}

function requireDate(value: string, what: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`${what} must be a date (YYYY-MM-DD), not "${value}".`);
  return value;
}

export interface ActionInput {
  text: string;
  targetId: string | null;
  agency: string;
  officer: string;
  due: string;
  restricted: boolean;
}

/** Raises an action in the meeting `month`; its id is the next A- number. */
export function addAction(
  state: TaskingState,
  input: ActionInput,
  who: string,
  month: MonthId,
  now: Date,
): { state: TaskingState; action: TaskingAction } {
  if (input.targetId !== null && !state.targets.some((t) => t.id === input.targetId))
    throw new Error(`There is no target ${input.targetId} for this action.`);
  refuseClosedMonth(state, month);
  const action: TaskingAction = {
    id: actionId(state.nextActionNumber),
    text: requireText(input.text, 'The action'),
    targetId: input.targetId,
    agency: requireText(input.agency, 'An owner agency'),
    officer: input.officer.trim(),
    due: requireDate(input.due, 'The due date'),
    status: 'open',
    raisedMonth: expectMonth(month, 'month'),
    raisedAt: now.toISOString(),
    raisedBy: who.trim(),
    restricted: input.restricted,
    updates: [],
  };
  return {
    state: {
      ...state,
      actions: [...state.actions, action],
      nextActionNumber: state.nextActionNumber + 1,
    },
    action,
  };
}

export interface ActionChange {
  note: string;
  /** New stored status; unchanged when absent. */
  status?: ActionStatus;
  /** New due date (YYYY-MM-DD); unchanged when absent. */
  due?: string;
}

/** Adds a dated update to an action, optionally changing its status or due date. */
export function updateAction(
  state: TaskingState,
  id: string,
  change: ActionChange,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const action = state.actions.find((a) => a.id === id);
  if (!action) throw new Error(`There is no action ${id} in the log.`);
  refuseClosedMonth(state, month);
  const status = change.status ?? action.status;
  const due =
    change.due === undefined ? null : requireDate(change.due, `The new due date of ${id}`);
  const note = change.note.trim();
  if (note === '' && status === action.status && due === null)
    throw new Error(`An update to ${id} needs a note, a new status or a new due date.`);
  if (action.status === 'done' && status !== 'done' && note === '')
    throw new Error(`Reopening ${id} needs a note saying why.`);
  const updated: TaskingAction = {
    ...action,
    status,
    due: due ?? action.due,
    updates: [
      ...action.updates,
      {
        at: now.toISOString(),
        by: who.trim(),
        month: expectMonth(month, 'month'),
        note,
        status,
        due,
        ...(due === null ? {} : { previousDue: action.due }),
      },
    ],
  };
  return { ...state, actions: state.actions.map((a) => (a.id === id ? updated : a)) };
}

/** Marks an action done. */
export function completeAction(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  return updateAction(state, id, { note, status: 'done' }, who, month, now);
}

/** Carries an unfinished action to a later meeting with a new due date. */
export function carryForwardAction(
  state: TaskingState,
  id: string,
  newDue: string,
  note: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const action = state.actions.find((a) => a.id === id);
  if (action?.status === 'done') throw new Error(`${id} is done; it cannot be carried forward.`);
  return updateAction(state, id, { note, status: 'carried-forward', due: newDue }, who, month, now);
}

/** The status shown on `day` (YYYY-MM-DD): an unfinished action past its due date is overdue. */
export function actionShownStatus(action: TaskingAction, day: string): ActionShownStatus {
  if (action.status !== 'done' && action.due < day) return 'overdue';
  return action.status;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Red: overdue. Amber: carried forward, or open and due within {@link AMBER_DAYS} days of `day`.
 * Green: done, or open with time to run.
 */
export function actionRag(action: TaskingAction, day: string): Rag {
  const shown = actionShownStatus(action, day);
  if (shown === 'overdue') return 'red';
  if (shown === 'carried-forward') return 'amber';
  if (shown === 'open' && daysBetween(day, action.due) <= AMBER_DAYS) return 'amber';
  return 'green';
}

export interface AgendaAction {
  action: TaskingAction;
  shown: ActionShownStatus;
  rag: Rag;
}

/**
 * The actions a meeting on `day` reviews: overdue and carried-forward first, oldest (earliest
 * due, then earliest raised) first, then the other open actions the same way, then those done
 * since the previous meeting (`since`, ISO date-time; none when null). Restricted actions are
 * left out unless `restricted` is true.
 */
export function actionsForMeeting(
  actions: TaskingAction[],
  day: string,
  options: { since: string | null; restricted: boolean },
): AgendaAction[] {
  const rows = actions
    .filter((a) => options.restricted || !a.restricted)
    .map((action) => ({
      action,
      shown: actionShownStatus(action, day),
      rag: actionRag(action, day),
    }))
    .filter(
      (row) =>
        row.shown !== 'done' ||
        (options.since !== null && (lastDoneAt(row.action) ?? '') > options.since),
    );
  const rank = (row: AgendaAction): number =>
    row.shown === 'overdue' || row.shown === 'carried-forward' ? 0 : row.shown === 'open' ? 1 : 2;
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      cmp(a.action.due, b.action.due) ||
      cmp(a.action.raisedAt, b.action.raisedAt) ||
      cmp(a.action.id, b.action.id),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** When the action was last marked done, or null. */
export function lastDoneAt(action: TaskingAction): string | null {
  const done = action.updates.filter((u) => u.status === 'done');
  return done.at(-1)?.at ?? null;
}
