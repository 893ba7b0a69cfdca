import { escalateTarget } from './target-lifecycle';
import { expectMonth } from './state-checks';
import type {
  AttendanceEntry,
  BoardEscalation,
  Meeting,
  MeetingNote,
  MeetingNoteKind,
  Partner,
} from './meeting-state';
import type { MonthId, TaskingState } from './tasking-state';

/**
 * Recording a meeting as it happens: opening it, attendance, notes at each agenda item, the
 * restricted part, escalations to the board and their replies, and closing it. Each change
 * returns a new state; a closed meeting refuses further changes except the board's replies.
 */

/** The meeting of `month`, or undefined when none was opened. */
export function meetingOf(state: TaskingState, month: MonthId): Meeting | undefined {
  return state.meetings.find((m) => m.month === month);
}

/** The latest meeting before `month`, or undefined. */
export function previousMeeting(state: TaskingState, month: MonthId): Meeting | undefined {
  return state.meetings
    .filter((m) => m.month < month)
    .sort((a, b) => (a.month < b.month ? 1 : -1))[0];
}

function openMeeting(state: TaskingState, month: MonthId): Meeting {
  const meeting = meetingOf(state, month);
  if (!meeting) throw new Error(`There is no meeting for ${month}; start it first.`);
  if (meeting.closedAt !== null)
    throw new Error(`The ${month} meeting was closed; its minutes can no longer change.`);
  return meeting;
}

function replaceMeeting(state: TaskingState, meeting: Meeting): TaskingState {
  return {
    ...state,
    meetings: state.meetings.map((m) => (m.month === meeting.month ? meeting : m)),
  };
}

/**
 * Opens the meeting of `month` (or updates its date and chair when already open) and makes it
 * the state's meeting month. Attendance starts from the partner directory, every agency absent.
 */
export function startMeeting(
  state: TaskingState,
  month: MonthId,
  details: { date: string | null; chair: string },
): TaskingState {
  const checked = expectMonth(month, 'month');
  const existing = meetingOf(state, checked);
  if (existing) {
    const meeting = openMeeting(state, checked);
    return {
      ...replaceMeeting(state, { ...meeting, date: details.date, chair: details.chair.trim() }),
      meetingMonth: checked,
    };
  }
  const meeting: Meeting = {
    month: checked,
    date: details.date,
    chair: details.chair.trim(),
    attendance: state.partners.map((p) => ({ agency: p.agency, name: '', attendance: 'absent' })),
    notes: [],
    restrictedPart: false,
    closedAt: null,
  };
  const meetings = [...state.meetings, meeting].sort((a, b) => (a.month < b.month ? -1 : 1));
  return { ...state, meetings, meetingMonth: checked };
}

/** Records one agency's attendance (replacing what was recorded for that agency). */
export function recordAttendance(
  state: TaskingState,
  month: MonthId,
  entry: AttendanceEntry,
): TaskingState {
  const meeting = openMeeting(state, month);
  const agency = entry.agency.trim();
  if (agency === '') throw new Error('An agency is required for attendance.');
  const next = { agency, name: entry.name.trim(), attendance: entry.attendance };
  const known = meeting.attendance.some((a) => a.agency === agency);
  const attendance = known
    ? meeting.attendance.map((a) => (a.agency === agency ? next : a))
    : [...meeting.attendance, next];
  return replaceMeeting(state, { ...meeting, attendance });
}

/** Adds a decision, AOB item or restricted case note at an agenda item. */
export function addMeetingNote(
  state: TaskingState,
  month: MonthId,
  note: { item: number; kind: MeetingNoteKind; text: string; restricted: boolean },
  who: string,
  now: Date,
): { state: TaskingState; note: MeetingNote } {
  const meeting = openMeeting(state, month);
  const text = note.text.trim();
  if (text === '') throw new Error('The note is empty.');
  const restricted = note.restricted || note.kind === 'restricted-case';
  if (restricted && !meeting.restrictedPart)
    throw new Error('Switch on the restricted part of the meeting before recording named cases.');
  const sequence = String(meeting.notes.length + 1).padStart(2, '0');
  const added: MeetingNote = {
    id: `N-${month}-${sequence}`,
    at: now.toISOString(),
    by: who.trim(),
    item: note.item,
    kind: note.kind,
    text,
    restricted,
  };
  return {
    state: replaceMeeting(state, { ...meeting, notes: [...meeting.notes, added] }),
    note: added,
  };
}

/** Switches the restricted (named cases) part of the meeting on or off. */
export function setRestrictedPart(state: TaskingState, month: MonthId, on: boolean): TaskingState {
  return replaceMeeting(state, { ...openMeeting(state, month), restrictedPart: on });
}

/** Closes the meeting: its minutes are final. */
export function closeMeeting(state: TaskingState, month: MonthId, now: Date): TaskingState {
  return replaceMeeting(state, { ...openMeeting(state, month), closedAt: now.toISOString() });
}

/** Refers a matter (about a target, or general when `targetId` is null) to the CSP board. */
export function raiseEscalation(
  state: TaskingState,
  month: MonthId,
  escalation: { targetId: string | null; text: string },
  who: string,
  now: Date,
): { state: TaskingState; escalation: BoardEscalation } {
  openMeeting(state, month);
  const text = escalation.text.trim();
  if (text === '') throw new Error('Say what is escalated to the board.');
  if (escalation.targetId !== null && !state.targets.some((t) => t.id === escalation.targetId))
    throw new Error(`There is no target ${escalation.targetId} to escalate.`);
  const added: BoardEscalation = {
    id: `E-${String(state.nextEscalationNumber).padStart(3, '0')}`,
    month,
    at: now.toISOString(),
    by: who.trim(),
    targetId: escalation.targetId,
    text,
    reply: null,
  };
  return {
    state: {
      ...state,
      escalations: [...state.escalations, added],
      nextEscalationNumber: state.nextEscalationNumber + 1,
    },
    escalation: added,
  };
}

/** Escalates an active target and refers it to the board in one step. */
export function escalateTargetToBoard(
  state: TaskingState,
  month: MonthId,
  targetId: string,
  text: string,
  who: string,
  now: Date,
): TaskingState {
  const escalated = escalateTarget(state, targetId, text, who, month, now);
  return raiseEscalation(escalated, month, { targetId, text }, who, now).state;
}

/** Records the board's reply to an escalation. */
export function recordEscalationReply(
  state: TaskingState,
  id: string,
  text: string,
  who: string,
  now: Date,
): TaskingState {
  const escalation = state.escalations.find((e) => e.id === id);
  if (!escalation) throw new Error(`There is no escalation ${id}.`);
  const reply = text.trim();
  if (reply === '') throw new Error('The reply is empty.');
  const answered = { ...escalation, reply: { at: now.toISOString(), by: who.trim(), text: reply } };
  return { ...state, escalations: state.escalations.map((e) => (e.id === id ? answered : e)) };
}

/** Escalations still awaiting the board's reply, oldest first. */
export function awaitingReply(state: TaskingState): BoardEscalation[] {
  return state.escalations.filter((e) => e.reply === null);
}

/** Replaces the partner directory (agencies must be named and distinct). */
export function setPartners(state: TaskingState, partners: Partner[]): TaskingState {
  const seen = new Set<string>();
  const cleaned = partners.map((p) => {
    const agency = p.agency.trim();
    if (agency === '') throw new Error('Every partner needs an agency name.');
    if (seen.has(agency)) throw new Error(`${agency} is listed twice.`);
    seen.add(agency);
    const officers = [...new Set(p.officers.map((o) => o.trim()).filter((o) => o !== ''))];
    return { agency, officers };
  });
  return { ...state, partners: cleaned };
}
