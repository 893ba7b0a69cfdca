import { addAction, carryForwardAction, completeAction } from '../../../src/tasking/action-log';
import {
  addMeetingNote,
  closeMeeting,
  escalateTargetToBoard,
  recordAttendance,
  setRestrictedPart,
  startMeeting,
} from '../../../src/tasking/meeting-record';
import { emptyTaskingState } from '../../../src/tasking/state-file';
import {
  closeTarget,
  declineTarget,
  nominateTarget,
  taskTarget,
} from '../../../src/tasking/target-lifecycle';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { at, PROBLEM, squareAt } from './fixtures';

/** Text recorded only in the restricted part: it must never reach an open output. */
export const RESTRICTED_NOTE = 'Named case: Mrs Example at 12 Elm Row, third report this month';
export const RESTRICTED_ACTION = 'Safeguarding visit to Mrs Example';

export const CHAIR = 'Cllr Ada Chair';
const COUNCIL = 'Borough council: community safety';

/**
 * The first monthly meeting recorded through the reducers, as the chair would (and October's
 * in {@link twoMeetings}):
 * September: attendance, T-001 and T-002 tasked, T-003 declined, four actions (one restricted),
 * a restricted case note, AOB, closed. October: A-001 done, A-002 carried forward, T-001 closed,
 * T-002 escalated to the board, a new action; still open.
 */
export function septemberMeeting(): TaskingState {
  let state = emptyTaskingState(at('2025-09-01T09:00:00.000Z'));
  for (const [name, e] of [
    ['Market Place', 438000],
    ['Park Road underpass', 439000],
    ['Rose Hill car park', 440000],
  ] as const) {
    state = nominateTarget(
      state,
      { name, geometry: squareAt(e, 371000, 150), origin: { kind: 'hotspot-cluster', ref: name } },
      'Analyst',
      '2025-09',
      at('2025-09-02T10:00:00.000Z'),
    ).state;
  }
  const sep = '2025-09';
  const t = (hhmm: string) => at(`2025-09-09T${hhmm}:00.000Z`);
  state = startMeeting(state, sep, { date: '2025-09-09', chair: CHAIR });
  state = recordAttendance(state, sep, {
    agency: 'Police',
    name: 'Insp. Rowe',
    attendance: 'present',
  });
  state = recordAttendance(state, sep, {
    agency: COUNCIL,
    name: 'J. Patel',
    attendance: 'present',
  });
  state = recordAttendance(state, sep, {
    agency: 'Borough council: housing',
    name: 'M. Green',
    attendance: 'apologies',
  });
  state = taskTarget(
    state,
    'T-001',
    { leadAgency: 'Police', problem: PROBLEM },
    CHAIR,
    sep,
    t('10:05'),
  );
  state = taskTarget(
    state,
    'T-002',
    { leadAgency: COUNCIL, problem: PROBLEM },
    CHAIR,
    sep,
    t('10:10'),
  );
  state = declineTarget(
    state,
    'T-003',
    'Private land: referred to the landowner',
    CHAIR,
    sep,
    t('10:15'),
  );
  const action = (
    text: string,
    targetId: string | null,
    agency: string,
    due: string,
    restricted = false,
  ) => {
    state = addAction(
      state,
      { text, targetId, agency, officer: agency === 'Police' ? 'PC Jones' : '', due, restricted },
      CHAIR,
      sep,
      t('10:20'),
    ).state;
  };
  action('Dispersal patrols Friday and Saturday evenings', 'T-001', 'Police', '2025-09-30');
  action('Repair the underpass lighting', 'T-002', COUNCIL, '2025-10-10');
  action('=HYPERLINK("http://x") bonfire leaflet drop', null, 'Fire and rescue', '2025-10-20');
  state = addMeetingNote(
    state,
    sep,
    {
      item: 8,
      kind: 'aob',
      text: 'Residents’ meeting at the library on 20 September',
      restricted: false,
    },
    CHAIR,
    t('11:00'),
  ).state;
  state = setRestrictedPart(state, sep, true);
  state = addMeetingNote(
    state,
    sep,
    { item: 5, kind: 'restricted-case', text: RESTRICTED_NOTE, restricted: true },
    CHAIR,
    t('11:10'),
  ).state;
  action(RESTRICTED_ACTION, null, 'County council: adult social care', '2025-09-16', true);
  return closeMeeting(state, sep, t('11:30'));
}

/** {@link septemberMeeting}, then October's meeting, still open. */
export function twoMeetings(): TaskingState {
  let state = septemberMeeting();

  const oct = '2025-10';
  const o = (hhmm: string) => at(`2025-10-14T${hhmm}:00.000Z`);
  state = startMeeting(state, oct, { date: '2025-10-14', chair: CHAIR });
  state = recordAttendance(state, oct, {
    agency: 'Police',
    name: 'Insp. Rowe',
    attendance: 'present',
  });
  state = completeAction(state, 'A-001', 'Patrols ran every weekend', CHAIR, oct, o('10:00'));
  state = carryForwardAction(
    state,
    'A-002',
    '2025-11-10',
    'Contractor delayed',
    CHAIR,
    oct,
    o('10:05'),
  );
  state = closeTarget(
    state,
    'T-001',
    'Calls down 60%; monitor for three months',
    CHAIR,
    oct,
    o('10:10'),
  );
  state = escalateTargetToBoard(state, oct, 'T-002', 'CCTV funding needed', CHAIR, o('10:15'));
  state = addAction(
    state,
    {
      text: 'Apply to the board for CCTV funding',
      targetId: 'T-002',
      agency: COUNCIL,
      officer: 'J. Patel',
      due: '2025-10-31',
      restricted: false,
    },
    CHAIR,
    oct,
    o('10:20'),
  ).state;
  return state;
}
