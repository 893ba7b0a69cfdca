import type { TaskingState } from './tasking-state';

type MeetingRecord = Pick<
  TaskingState,
  'actions' | 'nextActionNumber' | 'partners' | 'meetings' | 'escalations' | 'nextEscalationNumber'
>;

/** The meeting part of a state with its keys in the file's order, so the same state gives the same text. */
export function canonicalMeetingRecord(state: TaskingState): MeetingRecord {
  return {
    nextActionNumber: state.nextActionNumber,
    nextEscalationNumber: state.nextEscalationNumber,
    partners: state.partners.map((p) => ({ agency: p.agency, officers: [...p.officers] })),
    actions: state.actions.map((a) => ({
      id: a.id,
      text: a.text,
      targetId: a.targetId,
      agency: a.agency,
      officer: a.officer,
      due: a.due,
      status: a.status,
      raisedMonth: a.raisedMonth,
      raisedAt: a.raisedAt,
      raisedBy: a.raisedBy,
      restricted: a.restricted,
      updates: a.updates.map((u) => ({
        at: u.at,
        by: u.by,
        month: u.month,
        note: u.note,
        status: u.status,
        due: u.due,
        ...(u.previousDue === undefined ? {} : { previousDue: u.previousDue }),
      })),
    })),
    meetings: state.meetings.map((m) => ({
      month: m.month,
      date: m.date,
      chair: m.chair,
      restrictedPart: m.restrictedPart,
      closedAt: m.closedAt,
      attendance: m.attendance.map((a) => ({
        agency: a.agency,
        name: a.name,
        attendance: a.attendance,
      })),
      notes: m.notes.map((n) => ({
        id: n.id,
        at: n.at,
        by: n.by,
        item: n.item,
        kind: n.kind,
        text: n.text,
        restricted: n.restricted,
      })),
    })),
    escalations: state.escalations.map((e) => ({
      id: e.id,
      month: e.month,
      at: e.at,
      by: e.by,
      targetId: e.targetId,
      text: e.text,
      reply: e.reply && { at: e.reply.at, by: e.reply.by, text: e.reply.text },
    })),
  };
}
