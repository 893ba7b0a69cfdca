import type { MeetingNote } from './meeting-state';
import type {
  MonthId,
  TargetChange,
  TargetEvent,
  TargetStatus,
  TaskingState,
} from './tasking-state';

/**
 * What a meeting month decided, read back from the record: each target's decision events of
 * that month (its own history) and the meeting's notes. Shared by the next month's pack (last
 * month's decisions) and the minutes.
 */

/** Target changes that are decisions of the meeting (a nomination by the analysis is not). */
export const DECISION_CHANGES: readonly TargetChange[] = [
  'tasked',
  'continued',
  'escalated',
  'closed',
  'declined',
  'reopened',
];

export interface TargetDecisions {
  id: string;
  name: string;
  /** Status now (after the meeting). */
  status: TargetStatus;
  leadAgency: string | null;
  events: TargetEvent[];
}

export interface MonthDecisions {
  month: MonthId;
  /** Targets with at least one decision that month, in target order. */
  targets: TargetDecisions[];
  /** The meeting's notes (restricted ones only when asked for), in the order recorded. */
  notes: MeetingNote[];
}

/** The decisions of `month`: target events and meeting notes; restricted notes only on request. */
export function decisionsOfMonth(
  state: TaskingState,
  month: MonthId,
  options: { restricted: boolean },
): MonthDecisions {
  const targets = state.targets.flatMap((t) => {
    const events = t.history.filter(
      (e) => e.month === month && DECISION_CHANGES.includes(e.change),
    );
    return events.length === 0
      ? []
      : [{ id: t.id, name: t.name, status: t.status, leadAgency: t.leadAgency, events }];
  });
  const meeting = state.meetings.find((m) => m.month === month);
  const notes = (meeting?.notes ?? []).filter((n) => options.restricted || !n.restricted);
  return { month, targets, notes };
}

/**
 * The month whose decisions the meeting of `month` looks back on: the previous meeting's, or
 * when no meeting was recorded the latest earlier month with a target decision; null if none.
 */
export function decisionMonthBefore(state: TaskingState, month: MonthId): MonthId | null {
  const months = [
    ...state.meetings.map((m) => m.month),
    ...state.targets.flatMap((t) =>
      t.history.filter((e) => DECISION_CHANGES.includes(e.change)).map((e) => e.month),
    ),
  ].filter((m) => m < month);
  return months.length === 0 ? null : months.reduce((a, b) => (a > b ? a : b));
}

/** One decision in words: "Closed: problem resolved", "Nomination accepted: tasked (lead agency Police)". */
export function decisionText(event: TargetEvent): string {
  const note = event.note.trim();
  const tail = note === '' ? '' : `: ${note}`;
  switch (event.change) {
    case 'tasked':
      return `Nomination accepted: tasked${note === '' ? '' : ` (${note})`}`;
    case 'declined':
      return `Nomination declined${tail}`;
    case 'continued':
      return `Continue${tail}`;
    case 'escalated':
      return `Escalated${tail}`;
    case 'closed':
      return `Closed${tail}`;
    case 'reopened':
      return `Reopened as a nomination${tail}`;
    case 'nominated':
      return `Nominated${tail}`;
    case 'edited':
      return `Edited${tail}`;
  }
}
