import type { ActionInput } from '../../tasking/action-log';
import {
  addAction,
  carryForwardAction,
  completeAction,
  updateAction,
} from '../../tasking/action-log';
import type { AttendanceEntry, MeetingNoteKind, Partner } from '../../tasking/meeting-state';
import {
  addMeetingNote,
  closeMeeting,
  escalateTargetToBoard,
  raiseEscalation,
  recordAttendance,
  recordEscalationReply,
  setPartners,
  setRestrictedPart,
  startMeeting,
} from '../../tasking/meeting-record';
import type { ProblemStatement, TaskingState } from '../../tasking/tasking-state';
import type { NominationInput } from '../../tasking/target-lifecycle';
import {
  closeTarget,
  continueTarget,
  declineTarget,
  nominateTarget,
  taskTarget,
} from '../../tasking/target-lifecycle';
import { commitTasking } from './tasking-store';
import type { Recorded } from './use-tasking-state';

/**
 * Every change the action log and the meeting record make, each written whole and confirmed on
 * disk before it resolves (through {@link commitTasking}); a change the reducers refuse rejects
 * with their message and changes nothing.
 */

const now = () => new Date();

async function commit(change: (state: TaskingState) => TaskingState): Promise<void> {
  await commitTasking(change);
}

export const meetingChanges = {
  async addAction(input: ActionInput, by: Recorded): Promise<string> {
    let id = '';
    await commit((s) => {
      const made = addAction(s, input, by.who, by.month, now());
      id = made.action.id;
      return made.state;
    });
    return id;
  },
  updateAction: (id: string, note: string, by: Recorded) =>
    commit((s) => updateAction(s, id, { note }, by.who, by.month, now())),
  completeAction: (id: string, note: string, by: Recorded) =>
    commit((s) => completeAction(s, id, note, by.who, by.month, now())),
  carryForward: (id: string, due: string, note: string, by: Recorded) =>
    commit((s) => carryForwardAction(s, id, due, note, by.who, by.month, now())),
  setPartners: (partners: Partner[]) => commit((s) => setPartners(s, partners)),

  start: (month: string, details: { date: string | null; chair: string }) =>
    commit((s) => startMeeting(s, month, details)),
  attendance: (month: string, entry: AttendanceEntry) =>
    commit((s) => recordAttendance(s, month, entry)),
  note: (
    month: string,
    note: { item: number; kind: MeetingNoteKind; text: string; restricted: boolean },
    who: string,
  ) => commit((s) => addMeetingNote(s, month, note, who, now()).state),
  restrictedPart: (month: string, on: boolean) => commit((s) => setRestrictedPart(s, month, on)),
  close: (month: string) => commit((s) => closeMeeting(s, month, now())),
  escalate: (month: string, targetId: string | null, text: string, who: string) =>
    commit((s) => raiseEscalation(s, month, { targetId, text }, who, now()).state),
  reply: (id: string, text: string, who: string) =>
    commit((s) => recordEscalationReply(s, id, text, who, now())),

  continueTarget: (id: string, note: string, by: Recorded) =>
    commit((s) => continueTarget(s, id, note, by.who, by.month, now())),
  escalateTarget: (id: string, note: string, by: Recorded) =>
    commit((s) => escalateTargetToBoard(s, by.month, id, note, by.who, now())),
  closeTarget: (id: string, reason: string, by: Recorded) =>
    commit((s) => closeTarget(s, id, reason, by.who, by.month, now())),
  async nominate(place: NominationInput, by: Recorded): Promise<string> {
    let id = '';
    await commit((s) => {
      const made = nominateTarget(s, place, by.who, by.month, now());
      id = made.target.id;
      return made.state;
    });
    return id;
  },
  acceptNomination: (id: string, leadAgency: string, problem: ProblemStatement, by: Recorded) =>
    commit((s) => taskTarget(s, id, { leadAgency, problem }, by.who, by.month, now())),
  declineNomination: (id: string, reason: string, by: Recorded) =>
    commit((s) => declineTarget(s, id, reason, by.who, by.month, now())),
};

export type MeetingChanges = typeof meetingChanges;
