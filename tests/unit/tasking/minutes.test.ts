import { describe, expect, it } from 'vitest';
import { minutesReport } from '../../../src/reports/tasking/minutes-report';
import { RESTRICTED_PART_NOTICE, buildMinutes } from '../../../src/tasking/minutes/minutes-model';
import { closeMeeting } from '../../../src/tasking/meeting-record';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { at } from './fixtures';
import { readDocx } from './docx-text';
import {
  CHAIR,
  RESTRICTED_ACTION,
  RESTRICTED_NOTE,
  septemberMeeting,
  twoMeetings,
} from './meeting-fixture';

const GENERATED = at('2025-10-15T08:00:00.000Z');

/** Everything the September meeting recorded in the open, as the minutes must say it. */
const SEPTEMBER_OPEN = [
  'T-001 Market Place (lead agency Police)',
  'Nomination accepted: tasked (lead agency Police)',
  'T-002 Park Road underpass (lead agency Borough council: community safety)',
  'T-003 Rose Hill car park',
  'Nomination declined: Private land: referred to the landowner',
  'New action A-001 Dispersal patrols Friday and Saturday evenings; owner Police (PC Jones), due 2025-09-30',
  'New action A-002 Repair the underpass lighting; owner Borough council: community safety, due 2025-10-10',
  'New general action A-003 =HYPERLINK("http://x") bonfire leaflet drop; owner Fire and rescue, due 2025-10-20',
  'Any other business: Residents’ meeting at the library on 20 September',
  'Police (Insp. Rowe)',
  'Borough council: community safety (J. Patel)',
  'Borough council: housing (M. Green)',
  `Chair: ${CHAIR}`,
  'Meeting: 2025-09-09',
  'Final: the chair closed the meeting on 2025-09-09',
  RESTRICTED_PART_NOTICE,
  'Next meeting',
  '2025-10-14',
];

const OCTOBER = [
  'A-001 Dispersal patrols Friday and Saturday evenings (Police): Done: Patrols ran every weekend',
  'A-002 Repair the underpass lighting (Borough council: community safety): Carried forward, now due 2025-11-10: Contractor delayed',
  'Closed: Calls down 60%; monitor for three months',
  'Escalated: CCTV funding needed',
  'Escalated to the CSP board: E-001 (T-002): CCTV funding needed',
  'New action A-005 Apply to the board for CCTV funding; owner Borough council: community safety (J. Patel), due 2025-10-31',
  'Draft: the meeting has not been closed',
];

describe('minutes of a meeting', () => {
  it('the open .docx holds every decision, action and attendance recorded, and the marking on every page', async () => {
    const { docx } = await minutesReport(septemberMeeting(), '2025-09', {
      generatedAt: GENERATED,
    });
    expect(docx.name).toBe('minutes-2025-09.docx');
    const read = readDocx(docx.content);
    for (const expected of SEPTEMBER_OPEN) expect(read.body).toContain(expected);
    expect(read.headers.length).toBeGreaterThan(0);
    expect(read.footers.length).toBeGreaterThan(0);
    for (const part of [...read.headers, ...read.footers])
      expect(part).toContain('OFFICIAL-SENSITIVE');
    // The action log after the meeting, with owners and dates.
    expect(read.body).toMatch(
      /A-002\nRepair the underpass lighting\nT-002 Park Road underpass\nBorough council: community safety\n\n?2025-10-10/,
    );
  });

  it('made again a month later, they leave out what happened after the meeting', async () => {
    const { minutes } = await minutesReport(twoMeetings(), '2025-09', { generatedAt: GENERATED });
    const text = JSON.stringify(minutes);
    expect(text).not.toContain('A-005');
    expect(text).not.toContain('Contractor delayed');
    expect(text).not.toContain('T-001 closed');
    expect(minutes.actionLog.rows.map((r) => [r[0], r[5], r[6], r[7]])).toEqual([
      ['A-001', '2025-09-30', 'Open', 'Green'],
      ['A-002', '2025-10-10 (moved since to 2025-11-10)', 'Open', 'Green'],
      ['A-003', '2025-10-20', 'Open', 'Green'],
    ]);
    expect(text).toContain(
      'New action A-002 Repair the underpass lighting; owner Borough council: community safety, due 2025-10-10',
    );
  });

  it('made from a file saved before updates kept the due date they replaced, they say the date was moved', async () => {
    const state = twoMeetings();
    const older: TaskingState = {
      ...state,
      actions: state.actions.map((a) => ({
        ...a,
        updates: a.updates.map(({ previousDue: _kept, ...update }) => update),
      })),
    };
    const { minutes } = await minutesReport(older, '2025-09', { generatedAt: GENERATED });
    expect(minutes.actionLog.rows.map((r) => [r[0], r[5], r[6], r[7]])).toEqual([
      ['A-001', '2025-09-30', 'Open', 'Green'],
      ['A-003', '2025-10-20', 'Open', 'Green'],
      ['A-002', 'moved since to 2025-11-10', 'Open', '–'],
    ]);
    expect(JSON.stringify(minutes)).toContain('due a date since moved');
  });

  it('the open version holds no restricted text in any output; the restricted version holds it all', async () => {
    const state = twoMeetings();
    const open = await minutesReport(state, '2025-09', { generatedAt: GENERATED });
    const openDocx = readDocx(open.docx.content).body;
    for (const text of [open.html.content, openDocx]) {
      expect(text).not.toContain(RESTRICTED_NOTE);
      expect(text).not.toContain(RESTRICTED_ACTION);
      expect(text).not.toContain('A-004');
      expect(text).not.toContain('Mrs Example');
    }
    expect(open.html.content).toContain(RESTRICTED_PART_NOTICE);
    const restricted = await minutesReport(state, '2025-09', {
      version: 'restricted',
      generatedAt: GENERATED,
    });
    expect(restricted.html.name).toBe('minutes-2025-09-restricted.html');
    const restrictedDocx = readDocx(restricted.docx.content).body;
    for (const text of [restricted.html.content, restrictedDocx]) {
      expect(text).toContain(`Restricted: ${RESTRICTED_NOTE}`);
      expect(text).toContain(`New general action A-004 ${RESTRICTED_ACTION}`);
      expect(text).not.toContain(RESTRICTED_PART_NOTICE);
    }
  });

  it('the next month records updates, closures, board escalations and new actions; a draft says so', async () => {
    const { docx, html, minutes } = await minutesReport(twoMeetings(), '2025-10', {
      generatedAt: GENERATED,
    });
    const body = readDocx(docx.content).body;
    for (const expected of OCTOBER) {
      expect(body).toContain(expected);
      expect(html.content).toContain(
        expected.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'),
      );
    }
    // No restricted part was held in October.
    expect(minutes.restrictedNotice).toBeNull();
    // After the meeting: unfinished first (oldest first), then what was done this month.
    expect(minutes.actionLog.rows.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['A-002', 'Carried forward', 'Amber'],
      ['A-003', 'Open', 'Amber'],
      ['A-005', 'Open', 'Green'],
      ['A-001', 'Done', 'Green'],
    ]);
    expect(minutes.nextMeeting.date).toBe('2025-11-11');
    const closed = buildMinutes({
      state: closeMeeting(twoMeetings(), '2025-10', at('2025-10-14T12:00:00.000Z')),
      month: '2025-10',
      version: 'open',
      generatedAt: GENERATED,
    });
    expect(closed.closedAt).toBe('2025-10-14T12:00:00.000Z');
  });

  it('prints the marking fixed at the top and bottom of every page, and escapes recorded text', async () => {
    const { html } = await minutesReport(twoMeetings(), '2025-09', { generatedAt: GENERATED });
    expect(html.content).toMatch(/@media print \{[^]*position: fixed/);
    expect(
      html.content.match(/class="marking marking-(top|bottom)">OFFICIAL-SENSITIVE/g),
    ).toHaveLength(2);
    expect(html.content).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect([...html.content.matchAll(/<h2>(\d)\. /g)].map((m) => Number(m[1]))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('refuses a month with no meeting recorded', async () => {
    await expect(minutesReport(twoMeetings(), '2025-08')).rejects.toThrow(
      'There is no meeting recorded for 2025-08.',
    );
  });
});
