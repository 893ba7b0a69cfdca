import type { MonthId } from './tasking-state';

/**
 * What the monthly meeting records beside the targets: the action log, the partner directory,
 * and per meeting the attendance, decisions, escalations to the board and any other business.
 * Decisions on a target (continue, escalate, close, task, decline) are the target's own history
 * events for that meeting month; the meeting keeps everything else.
 */

/** Stored status of an action; "overdue" is not stored but read off the due date. */
export type ActionStatus = 'open' | 'done' | 'carried-forward';
/** Status as shown on a given day: an open or carried-forward action past its due date is overdue. */
export type ActionShownStatus = ActionStatus | 'overdue';
export type Rag = 'red' | 'amber' | 'green';

/** A dated update to an action: progress, a new due date, a change of status. */
export interface ActionUpdate {
  /** ISO date-time recorded. */
  at: string;
  by: string;
  /** Meeting month it was recorded in. */
  month: MonthId;
  note: string;
  /** Status after the update. */
  status: ActionStatus;
  /** New due date when the update moved it (YYYY-MM-DD), else null. */
  due: string | null;
  /**
   * The due date the move replaced, so minutes made later show the date an action had at its
   * meeting. Absent when the update did not move the due date, and in files saved before it was kept.
   */
  previousDue?: string;
}

export interface TaskingAction {
  /** "A-001"…, never reused. */
  id: string;
  text: string;
  /** The target it serves, or null for a general action. */
  targetId: string | null;
  agency: string;
  officer: string;
  /** YYYY-MM-DD */
  due: string;
  status: ActionStatus;
  /** Meeting month the action was raised in. */
  raisedMonth: MonthId;
  raisedAt: string;
  raisedBy: string;
  /** Raised in the restricted part: left out of the open minutes and pack. */
  restricted: boolean;
  updates: ActionUpdate[];
}

/** One partner agency and the officers who act for it (editable, kept with the state). */
export interface Partner {
  agency: string;
  officers: string[];
}

export type Attendance = 'present' | 'apologies' | 'absent';

export interface AttendanceEntry {
  agency: string;
  /** Who attended or sent apologies (may be empty when only the agency is known). */
  name: string;
  attendance: Attendance;
}

/** What a meeting note records. */
export type MeetingNoteKind = 'decision' | 'aob' | 'restricted-case';

/** A decision or remark recorded at an agenda item that is not a target's status change. */
export interface MeetingNote {
  /** "N-2025-09-01": the month and its sequence within the meeting. */
  id: string;
  at: string;
  by: string;
  /** Agenda item number (0–8 in the model agenda). */
  item: number;
  kind: MeetingNoteKind;
  text: string;
  /** Recorded in the restricted part: left out of the open minutes and pack. */
  restricted: boolean;
}

/** Something the group refers to the CSP board, and the board's reply when it comes. */
export interface BoardEscalation {
  /** "E-001"…, never reused. */
  id: string;
  month: MonthId;
  at: string;
  by: string;
  targetId: string | null;
  text: string;
  reply: { at: string; by: string; text: string } | null;
}

/** One monthly meeting. */
export interface Meeting {
  month: MonthId;
  /** YYYY-MM-DD, null until set. */
  date: string | null;
  chair: string;
  attendance: AttendanceEntry[];
  notes: MeetingNote[];
  /** The restricted (named cases) part has been switched on for this meeting. */
  restrictedPart: boolean;
  /** When the chair closed the meeting (minutes final); null while it runs. */
  closedAt: string | null;
}

/** The partner directory a new state starts with. */
export const DEFAULT_PARTNERS: readonly Partner[] = [
  { agency: 'Borough council: community safety', officers: [] },
  { agency: 'Borough council: housing', officers: [] },
  { agency: 'Borough council: environmental services', officers: [] },
  { agency: 'County council: adult social care', officers: [] },
  { agency: "County council: children's services", officers: [] },
  { agency: 'Police', officers: [] },
  { agency: 'Fire and rescue', officers: [] },
  { agency: 'Housing associations', officers: [] },
  { agency: 'Probation', officers: [] },
  { agency: 'NHS', officers: [] },
];

/** Days before the due date at which an open action turns amber. */
export const AMBER_DAYS = 7;
