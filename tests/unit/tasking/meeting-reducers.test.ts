import { describe, expect, it } from 'vitest';
import {
  actionRag,
  actionShownStatus,
  actionsForMeeting,
  addAction,
  carryForwardAction,
  completeAction,
  updateAction,
} from '../../../src/tasking/action-log';
import {
  addMeetingNote,
  awaitingReply,
  closeMeeting,
  meetingOf,
  previousMeeting,
  raiseEscalation,
  recordAttendance,
  recordEscalationReply,
  setPartners,
  setRestrictedPart,
  startMeeting,
} from '../../../src/tasking/meeting-record';
import type { TaskingAction } from '../../../src/tasking/meeting-state';
import {
  emptyTaskingState,
  parseTaskingState,
  serializeTaskingState,
} from '../../../src/tasking/state-file';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { at } from './fixtures';
import { CHAIR, twoMeetings } from './meeting-fixture';

/** A state file as parsed JSON, to damage field by field. */
type StateJson = ReturnType<typeof JSON.parse>;

const NOW = at('2025-11-11T10:00:00.000Z');

function action(patch: Partial<TaskingAction>): TaskingAction {
  return {
    id: 'A-001',
    text: 'Patrols',
    targetId: null,
    agency: 'Police',
    officer: '',
    due: '2025-09-30',
    status: 'open',
    raisedMonth: '2025-09',
    raisedAt: '2025-09-09T10:00:00.000Z',
    raisedBy: CHAIR,
    restricted: false,
    updates: [],
    ...patch,
  };
}

describe('action lifecycle', () => {
  it('raises actions with the next A- number, then records updates, done and carried forward', () => {
    const state = twoMeetings();
    expect(state.actions.map((a) => a.id)).toEqual(['A-001', 'A-002', 'A-003', 'A-004', 'A-005']);
    expect(state.nextActionNumber).toBe(6);
    const a1 = state.actions[0]!;
    expect(a1.status).toBe('done');
    expect(a1.updates).toEqual([
      expect.objectContaining({
        month: '2025-10',
        status: 'done',
        due: null,
        note: 'Patrols ran every weekend',
      }),
    ]);
    const a2 = state.actions[1]!;
    expect(a2).toMatchObject({ status: 'carried-forward', due: '2025-11-10' });
    expect(a2.updates.at(-1)).toMatchObject({
      due: '2025-11-10',
      previousDue: '2025-10-10',
      note: 'Contractor delayed',
    });
    expect(a1.updates[0]).not.toHaveProperty('previousDue');
    // A progress note leaves the status alone.
    const progressed = updateAction(
      state,
      'A-003',
      { note: 'Leaflets printed' },
      CHAIR,
      '2025-10',
      NOW,
    );
    expect(progressed.actions[2]).toMatchObject({ status: 'open', due: '2025-10-20' });
    expect(progressed.actions[2]!.updates).toHaveLength(1);
  });

  it('refuses what cannot be recorded, saying what is wrong', () => {
    const state = twoMeetings();
    const input = {
      text: 'x',
      targetId: null,
      agency: 'Police',
      officer: '',
      due: '2025-12-01',
      restricted: false,
    };
    expect(() => addAction(state, { ...input, targetId: 'T-099' }, CHAIR, '2025-10', NOW)).toThrow(
      'There is no target T-099 for this action.',
    );
    expect(() => addAction(state, { ...input, agency: ' ' }, CHAIR, '2025-10', NOW)).toThrow(
      'An owner agency is required.',
    );
    expect(() => addAction(state, { ...input, due: '1/12/2025' }, CHAIR, '2025-10', NOW)).toThrow(
      'The due date must be a date (YYYY-MM-DD), not "1/12/2025".',
    );
    expect(() => updateAction(state, 'A-003', { note: ' ' }, CHAIR, '2025-10', NOW)).toThrow(
      'An update to A-003 needs a note, a new status or a new due date.',
    );
    expect(() =>
      carryForwardAction(state, 'A-001', '2025-12-01', '', CHAIR, '2025-10', NOW),
    ).toThrow('A-001 is done; it cannot be carried forward.');
    expect(() =>
      updateAction(state, 'A-001', { note: '', status: 'open' }, CHAIR, '2025-10', NOW),
    ).toThrow('Reopening A-001 needs a note saying why.');
    expect(() => completeAction(state, 'A-404', 'x', CHAIR, '2025-10', NOW)).toThrow(
      'There is no action A-404 in the log.',
    );
  });

  it('never reuses an action or escalation id, even when the counter is ahead of the log', () => {
    const state: TaskingState = { ...twoMeetings(), nextActionNumber: 42, nextEscalationNumber: 9 };
    const input = {
      text: 'x',
      targetId: null,
      agency: 'Police',
      officer: '',
      due: '2025-12-01',
      restricted: false,
    };
    const { action: added, state: after } = addAction(state, input, CHAIR, '2025-10', NOW);
    expect(added.id).toBe('A-042');
    expect(after.nextActionNumber).toBe(43);
    const raised = raiseEscalation(
      after,
      '2025-10',
      { targetId: null, text: 'Funding' },
      CHAIR,
      NOW,
    );
    expect(raised.escalation.id).toBe('E-009');
    expect(raised.state.nextEscalationNumber).toBe(10);
  });
});

describe('overdue and RAG on a given day', () => {
  const open = action({ due: '2025-09-30' });
  it.each([
    ['2025-09-01', 'open', 'green'],
    ['2025-09-22', 'open', 'green'],
    ['2025-09-23', 'open', 'amber'],
    ['2025-09-30', 'open', 'amber'],
    ['2025-10-01', 'overdue', 'red'],
  ] as const)('an open action due 30 Sep is %s on %s', (day, shown, rag) => {
    expect(actionShownStatus(open, day)).toBe(shown);
    expect(actionRag(open, day)).toBe(rag);
  });

  it('carried forward is amber until its new date passes; done is green whatever the date', () => {
    const carried = action({ status: 'carried-forward', due: '2025-11-10' });
    expect([actionShownStatus(carried, '2025-10-14'), actionRag(carried, '2025-10-14')]).toEqual([
      'carried-forward',
      'amber',
    ]);
    expect([actionShownStatus(carried, '2025-11-11'), actionRag(carried, '2025-11-11')]).toEqual([
      'overdue',
      'red',
    ]);
    const done = action({ status: 'done', due: '2025-01-01' });
    expect([actionShownStatus(done, '2025-12-01'), actionRag(done, '2025-12-01')]).toEqual([
      'done',
      'green',
    ]);
  });
});

describe('the actions a meeting reviews', () => {
  it('puts overdue and carried forward first, oldest first, then open, then done since the last meeting', () => {
    const actions = [
      action({ id: 'A-001', due: '2025-12-20' }),
      action({ id: 'A-002', due: '2025-11-01' }),
      action({ id: 'A-003', due: '2025-12-01', status: 'carried-forward' }),
      action({ id: 'A-004', due: '2025-10-01' }),
      action({
        id: 'A-005',
        status: 'done',
        updates: [
          {
            at: '2025-10-20T09:00:00.000Z',
            by: 'x',
            month: '2025-10',
            note: '',
            status: 'done',
            due: null,
          },
        ],
      }),
      action({
        id: 'A-006',
        status: 'done',
        updates: [
          {
            at: '2025-09-20T09:00:00.000Z',
            by: 'x',
            month: '2025-09',
            note: '',
            status: 'done',
            due: null,
          },
        ],
      }),
      action({ id: 'A-007', due: '2025-10-01', raisedAt: '2025-08-01T09:00:00.000Z' }),
      action({ id: 'A-008', due: '2025-09-01', restricted: true }),
    ];
    const rows = actionsForMeeting(actions, '2025-11-11', {
      since: '2025-10-14T12:00:00.000Z',
      restricted: false,
    });
    expect(rows.map((r) => [r.action.id, r.shown, r.rag])).toEqual([
      ['A-007', 'overdue', 'red'],
      ['A-004', 'overdue', 'red'],
      ['A-002', 'overdue', 'red'],
      ['A-003', 'carried-forward', 'amber'],
      ['A-001', 'open', 'green'],
      ['A-005', 'done', 'green'],
    ]);
    const withRestricted = actionsForMeeting(actions, '2025-11-11', {
      since: null,
      restricted: true,
    });
    expect(withRestricted[0]!.action.id).toBe('A-008');
    expect(withRestricted.some((r) => r.shown === 'done')).toBe(false);
  });
});

describe('recording a meeting', () => {
  it('opens from the partner directory, records attendance and notes, and knows the previous meeting', () => {
    const state = twoMeetings();
    const october = meetingOf(state, '2025-10')!;
    expect(october.attendance.map((a) => a.agency)).toEqual(state.partners.map((p) => p.agency));
    expect(october.attendance.find((a) => a.agency === 'Police')).toEqual({
      agency: 'Police',
      name: 'Insp. Rowe',
      attendance: 'present',
    });
    expect(previousMeeting(state, '2025-10')?.month).toBe('2025-09');
    expect(previousMeeting(state, '2025-09')).toBeUndefined();
    expect(meetingOf(state, '2025-09')!.notes.map((n) => n.id)).toEqual([
      'N-2025-09-01',
      'N-2025-09-02',
    ]);
    expect(awaitingReply(state).map((e) => [e.id, e.targetId])).toEqual([['E-001', 'T-002']]);
    expect(state.targets.find((t) => t.id === 'T-002')!.status).toBe('escalated');
  });

  it('refuses a restricted note until the restricted part is switched on', () => {
    const state = twoMeetings();
    const note = { item: 5, kind: 'decision' as const, text: 'Named case', restricted: true };
    expect(() => addMeetingNote(state, '2025-10', note, CHAIR, NOW)).toThrow(
      'Switch on the restricted part of the meeting before recording named cases.',
    );
    expect(() =>
      addMeetingNote(
        state,
        '2025-10',
        { ...note, kind: 'restricted-case', restricted: false },
        CHAIR,
        NOW,
      ),
    ).toThrow('Switch on the restricted part');
    const on = setRestrictedPart(state, '2025-10', true);
    const { note: added } = addMeetingNote(on, '2025-10', note, CHAIR, NOW);
    expect(added).toMatchObject({ id: 'N-2025-10-01', restricted: true });
  });

  it('a closed meeting refuses every change to its record but takes the board’s reply', () => {
    const state = twoMeetings();
    const sep = '2025-09';
    const closed = `The ${sep} meeting was closed; its minutes can no longer change.`;
    const input = {
      text: 'x',
      targetId: null,
      agency: 'Police',
      officer: '',
      due: '2025-12-01',
      restricted: false,
    };
    expect(() =>
      recordAttendance(state, sep, { agency: 'NHS', name: '', attendance: 'present' }),
    ).toThrow(closed);
    expect(() =>
      addMeetingNote(
        state,
        sep,
        { item: 8, kind: 'aob', text: 'x', restricted: false },
        CHAIR,
        NOW,
      ),
    ).toThrow(closed);
    expect(() => setRestrictedPart(state, sep, false)).toThrow(closed);
    expect(() => startMeeting(state, sep, { date: '2025-09-10', chair: 'x' })).toThrow(closed);
    expect(() => closeMeeting(state, sep, NOW)).toThrow(closed);
    expect(() => raiseEscalation(state, sep, { targetId: null, text: 'x' }, CHAIR, NOW)).toThrow(
      closed,
    );
    expect(() => addAction(state, input, CHAIR, sep, NOW)).toThrow(closed);
    expect(() => updateAction(state, 'A-003', { note: 'late entry' }, CHAIR, sep, NOW)).toThrow(
      closed,
    );
    const replied = recordEscalationReply(state, 'E-001', 'Funding agreed', 'Board secretary', NOW);
    expect(replied.escalations[0]!.reply).toEqual({
      at: NOW.toISOString(),
      by: 'Board secretary',
      text: 'Funding agreed',
    });
    expect(awaitingReply(replied)).toEqual([]);
  });

  it('keeps a partner directory of named, distinct agencies with their officers', () => {
    const state = emptyTaskingState(NOW);
    const set = setPartners(state, [
      { agency: ' Police ', officers: ['PC Jones', ' ', 'PC Jones'] },
    ]);
    expect(set.partners).toEqual([{ agency: 'Police', officers: ['PC Jones'] }]);
    expect(() =>
      setPartners(state, [
        { agency: 'NHS', officers: [] },
        { agency: 'NHS', officers: [] },
      ]),
    ).toThrow('NHS is listed twice.');
  });
});

describe('the meeting record in the state file', () => {
  it('round-trips through serializeTaskingState and parseTaskingState', () => {
    const state = twoMeetings();
    const text = serializeTaskingState(state, new Date(state.savedAt));
    expect(parseTaskingState(text)).toEqual({ ok: true, state, migratedFrom: null });
    const again = parseTaskingState(text);
    expect(again.ok && serializeTaskingState(again.state, new Date(state.savedAt))).toBe(text);
  });

  it('reads a file saved before updates kept the due date they replaced', () => {
    const file = JSON.parse(serializeTaskingState(twoMeetings())) as StateJson;
    for (const action of file.actions)
      for (const update of action.updates) delete update.previousDue;
    const result = parseTaskingState(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const carried = result.state.actions[1]?.updates.at(-1);
    expect(carried?.due).toBe('2025-11-10');
    expect(carried).not.toHaveProperty('previousDue');
  });

  function refused(edit: (file: StateJson) => void): string {
    const file = JSON.parse(serializeTaskingState(twoMeetings())) as StateJson;
    edit(file);
    const result = parseTaskingState(JSON.stringify(file));
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  }

  it.each([
    [
      (f: StateJson) => void (f.actions[1].due = '10/10/2025'),
      'actions[1].due: expected a date as YYYY-MM-DD, found "10/10/2025"',
    ],
    [(f: StateJson) => void (f.actions[0].status = 'overdue'), 'actions[0].status'],
    [
      (f: StateJson) => void (f.actions[2].id = 'A-001'),
      'actions[2].id: A-001 is also the id of actions[0]',
    ],
    [
      (f: StateJson) => void (f.nextActionNumber = 3),
      'nextActionNumber: 3 would give a new A- id already used (highest is 5)',
    ],
    [(f: StateJson) => void (f.meetings[0].notes[1].kind = 'gossip'), 'meetings[0].notes[1].kind'],
    [
      (f: StateJson) => void (f.meetings[1].attendance[0].attendance = 'late'),
      'meetings[1].attendance[0].attendance',
    ],
    [
      (f: StateJson) => void (f.escalations[0].reply = { at: 'x', by: 'y', text: 'z' }),
      'escalations[0].reply.at',
    ],
    [
      (f: StateJson) => void (f.actions[1].updates[0].previousDue = 'last week'),
      'actions[1].updates[0].previousDue: expected a date as YYYY-MM-DD, found "last week"',
    ],
    [
      (f: StateJson) => void (f.actions[0].updates[0].previousDue = '2025-09-30'),
      'actions[0].updates[0].previousDue: expected only on an update that moved the due date',
    ],
    [
      (f: StateJson) => void (f.actions[0].targetId = 'T-099'),
      'actions[0].targetId: there is no target T-099',
    ],
  ])('refuses a damaged meeting record naming the path (%#)', (edit, message) => {
    expect(refused(edit)).toContain(message);
  });
});
