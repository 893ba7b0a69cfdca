import { addMonths } from '../analytics/months';
import { expectBngMultiPolygon, expectMonth, StateFieldError } from './state-checks';
import type {
  BngMultiPolygon,
  PlaceKind,
  MonthId,
  ProblemStatement,
  Target,
  TargetChange,
  TargetStatus,
  TaskingState,
} from './tasking-state';

/**
 * Target lifecycle: nominated → active (tasked, with a lead agency and a SARA problem statement)
 * → escalated or closed (with a reason and a monitoring period), or nominated → declined; a
 * closed or declined target can be reopened as nominated, keeping its id and history. Every
 * function returns a new state (the one passed in is never changed), records the change as a
 * TargetEvent (when, by whom, in which meeting month, from and to which status, why) and throws
 * an Error saying what is wrong when the change is not allowed.
 */

const EMPTY_PROBLEM: ProblemStatement = {
  scanning: '',
  analysis: '',
  response: '',
  assessment: '',
};

/** Zero-padded id of a target number: 7 → "T-007", 1234 → "T-1234". */
export function targetId(n: number): string {
  return `T-${String(n).padStart(3, '0')}`;
}

function requireText(value: string | null | undefined, what: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw new Error(`${what} is required.`);
  return text;
}

function checkedMonth(month: MonthId): MonthId {
  try {
    return expectMonth(month, 'month');
  } catch (error) {
    if (error instanceof StateFieldError)
      throw new Error(`The meeting month ${error.problem}.`, { cause: error });
    throw error;
  }
}

function findTarget(state: TaskingState, id: string): Target {
  const target = state.targets.find((t) => t.id === id);
  if (!target) throw new Error(`There is no target ${id} in the tasking state.`);
  return target;
}

interface Change {
  change: TargetChange;
  to: TargetStatus;
  /** Statuses the change may start from. */
  from: readonly TargetStatus[];
  note: string;
  who: string;
  month: MonthId;
  now: Date;
}

const VERB: Record<TargetChange, string> = {
  nominated: 'nominate',
  tasked: 'task',
  continued: 'continue',
  escalated: 'escalate',
  closed: 'close',
  declined: 'decline',
  reopened: 'reopen',
  edited: 'edit',
};

/** The state with one target changed by `update` and the change appended to its history. */
function applyChange(
  state: TaskingState,
  id: string,
  change: Change,
  update: (target: Target) => Partial<Target>,
): TaskingState {
  const target = findTarget(state, id);
  if (!change.from.includes(target.status))
    throw new Error(
      `Cannot ${VERB[change.change]} target ${id} (${target.name}): it is ${target.status}, and only ${/^[aeiou]/.test(change.from[0] ?? '') ? 'an' : 'a'} ${change.from.join(' or ')} target can become ${change.to}.`,
    );
  const by = requireText(change.who, `Who made the change to ${id}`);
  const month = checkedMonth(change.month);
  const changed: Target = {
    ...target,
    ...update(target),
    status: change.to,
    history: [
      ...target.history,
      {
        at: change.now.toISOString(),
        by,
        month,
        change: change.change,
        from: target.status,
        to: change.to,
        note: change.note,
      },
    ],
  };
  return { ...state, targets: state.targets.map((t) => (t.id === id ? changed : t)) };
}

/** What a nomination needs: the place, where it came from, and what is known of the problem. */
export interface NominationInput {
  name: string;
  geometry: BngMultiPolygon;
  origin: Target['origin'];
  leadAgency?: string | null;
  problem?: Partial<ProblemStatement>;
}

/** Adds a nominated target with the next id ("T-001", never reused), for the meeting `month`. */
export function nominateTarget(
  state: TaskingState,
  input: NominationInput,
  who: string,
  month: MonthId,
  now: Date,
): { state: TaskingState; target: Target } {
  const name = requireText(input.name, 'A target name');
  const by = requireText(who, 'Who nominated the target');
  const nominatedMonth = checkedMonth(month);
  let geometry: BngMultiPolygon;
  try {
    geometry = expectBngMultiPolygon(input.geometry, 'geometry');
  } catch (error) {
    if (error instanceof StateFieldError)
      throw new Error(`The geometry of "${name}" is not usable: ${error.message}.`, {
        cause: error,
      });
    throw error;
  }
  const target: Target = {
    id: targetId(state.nextTargetNumber),
    name,
    geometry,
    origin: { kind: input.origin.kind, ref: input.origin.ref },
    status: 'nominated',
    leadAgency: input.leadAgency?.trim() || null,
    problem: { ...EMPTY_PROBLEM, ...input.problem },
    nominatedMonth,
    taskedMonth: null,
    closure: null,
    history: [
      {
        at: now.toISOString(),
        by,
        month: nominatedMonth,
        change: 'nominated',
        from: null,
        to: 'nominated',
        note: originNote(input.origin),
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

/** Tasks a nominated target: it becomes active from `month` (the pivot of its before/after). */
export function taskTarget(
  state: TaskingState,
  id: string,
  tasking: { leadAgency: string; problem: ProblemStatement },
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const leadAgency = requireText(tasking.leadAgency, `A lead agency for ${id}`);
  return applyChange(
    state,
    id,
    {
      change: 'tasked',
      from: ['nominated'],
      to: 'active',
      note: `lead agency ${leadAgency}`,
      who,
      month,
      now,
    },
    () => ({ leadAgency, problem: { ...tasking.problem }, taskedMonth: month, closure: null }),
  );
}

/** Keeps an active or escalated target on the list for another month (status unchanged). */
export function continueTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const status = findTarget(state, id).status;
  const to = status === 'escalated' ? 'escalated' : 'active';
  return applyChange(
    state,
    id,
    { change: 'continued', from: ['active', 'escalated'], to, note: note.trim(), who, month, now },
    () => ({}),
  );
}

/** Escalates an active target (e.g. to the partnership board). */
export function escalateTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  return applyChange(
    state,
    id,
    { change: 'escalated', from: ['active'], to: 'escalated', note: note.trim(), who, month, now },
    () => ({}),
  );
}

/**
 * Closes an active or escalated target with a reason; it is monitored until `month` +
 * settings.monitoringMonths, after which crossing the threshold again reopens it.
 */
export function closeTarget(
  state: TaskingState,
  id: string,
  reason: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const why = requireText(reason, `A reason for closing ${id}`);
  const monitorUntil = addMonths(checkedMonth(month), state.settings.monitoringMonths);
  return applyChange(
    state,
    id,
    { change: 'closed', from: ['active', 'escalated'], to: 'closed', note: why, who, month, now },
    () => ({ closure: { reason: why, monitorUntil } }),
  );
}

/** Declines a nomination with a reason (it stays in the state, so the place keeps its history). */
export function declineTarget(
  state: TaskingState,
  id: string,
  reason: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const why = requireText(reason, `A reason for declining ${id}`);
  return applyChange(
    state,
    id,
    { change: 'declined', from: ['nominated'], to: 'declined', note: why, who, month, now },
    () => ({}),
  );
}

/** Reopens a closed or declined target as nominated, keeping its id and history. */
export function reopenTarget(
  state: TaskingState,
  id: string,
  note: string,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  return applyChange(
    state,
    id,
    {
      change: 'reopened',
      from: ['closed', 'declined'],
      to: 'nominated',
      note: note.trim(),
      who,
      month,
      now,
    },
    () => ({ closure: null }),
  );
}

/** What {@link editTarget} may change; the problem statement is merged field by field. */
export interface TargetPatch {
  name?: string;
  leadAgency?: string | null;
  problem?: Partial<ProblemStatement>;
}

/** Edits a target's name, lead agency or problem statement, in any status; the note lists what. */
export function editTarget(
  state: TaskingState,
  id: string,
  patch: TargetPatch,
  who: string,
  month: MonthId,
  now: Date,
): TaskingState {
  const target = findTarget(state, id);
  const update: Partial<Target> = {};
  const changed: string[] = [];
  if (patch.name !== undefined && patch.name.trim() !== target.name) {
    update.name = requireText(patch.name, `A name for ${id}`);
    changed.push(`name (was "${target.name}")`);
  }
  if (patch.leadAgency !== undefined && (patch.leadAgency?.trim() || null) !== target.leadAgency) {
    update.leadAgency = patch.leadAgency?.trim() || null;
    changed.push(`lead agency (was ${target.leadAgency ?? 'none'})`);
  }
  if (patch.problem) {
    const problem = { ...target.problem, ...patch.problem };
    const fields = (Object.keys(problem) as (keyof ProblemStatement)[]).filter(
      (k) => problem[k] !== target.problem[k],
    );
    if (fields.length > 0) {
      update.problem = problem;
      changed.push(`problem statement (${fields.join(', ')})`);
    }
  }
  if (changed.length === 0) return state;
  const status = target.status;
  return applyChange(
    state,
    id,
    {
      change: 'edited',
      from: [status],
      to: status,
      note: `changed ${changed.join(', ')}`,
      who,
      month,
      now,
    },
    () => update,
  );
}

const ORIGIN_NOTES: Record<PlaceKind, string> = {
  'hotspot-cluster': 'from a hotspot cluster among the month’s candidates',
  'repeat-location': 'from a repeat location',
  street: 'from a street search',
  area: 'from an area',
  drawn: 'drawn on the map',
  partner: 'referred by a partner',
};

/** How a place came to be nominated, in words (the stored origin keeps the internal reference). */
function originNote(origin: { kind: PlaceKind; ref: string | null }): string {
  const note = ORIGIN_NOTES[origin.kind];
  const named = origin.kind === 'street' || origin.kind === 'partner';
  return named && origin.ref ? `${note}: ${origin.ref}` : note;
}
