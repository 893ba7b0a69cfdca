import { describe, expect, it } from 'vitest';
import { actionLogCsv } from '../../../src/tasking/action-csv';
import { packDocx } from '../../../src/tasking/pack/pack-docx';
import { packHtml } from '../../../src/tasking/pack/pack-html';
import { buildPack } from '../../../src/tasking/pack/pack-model';
import type { AgendaItem, Pack } from '../../../src/tasking/pack/pack-model';
import { readDocx } from '../tasking/docx-text';
import {
  RESTRICTED_ACTION,
  RESTRICTED_NOTE,
  septemberMeeting,
  twoMeetings,
} from '../tasking/meeting-fixture';
import { packInputs } from './pack-fixture';

function packFor(month: string, date: string, state = twoMeetings()): Pack {
  return buildPack(
    packInputs({ state, meetingMonth: month, meetingDate: date, candidates: [], beforeAfter: [] }),
  );
}

function item<K extends AgendaItem['kind']>(pack: Pack, kind: K) {
  return pack.agenda.find((i) => i.kind === kind) as Extract<AgendaItem, { kind: K }>;
}

describe('the pack after a meeting', () => {
  it('reviews the action log (overdue first, oldest first, RAG), last month’s decisions and the board', () => {
    const pack = packFor('2025-11', '2025-11-11');
    const log = item(pack, 'action-log');
    expect(log.rows.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['A-003', 'Overdue', 'Red'],
      ['A-005', 'Overdue', 'Red'],
      ['A-002', 'Overdue', 'Red'],
    ]);
    expect(log.decisions?.month).toBe('2025-10');
    expect(log.decisions?.targets.map((t) => [t.id, t.events.map((e) => e.change)])).toEqual([
      ['T-001', ['closed']],
      ['T-002', ['escalated']],
    ]);
    expect(log.awaitingReply.map((e) => e.id)).toEqual(['E-001']);
    expect(item(pack, 'close').awaitingReply.map((e) => e.id)).toEqual(['E-001']);
    // The expected list is October's, with the names recorded then.
    const header = item(pack, 'header');
    expect(header.attendance.find((a) => a.agency === 'Police')).toEqual({
      agency: 'Police',
      name: 'Insp. Rowe',
      present: '',
    });
  });

  it('in HTML and .docx: the decisions, actions and board referral, and no restricted text', async () => {
    const pack = packFor('2025-10', '2025-10-14', septemberMeeting());
    const log = item(pack, 'action-log');
    // A-001 is due 30 Sep: overdue on 14 Oct; the restricted A-004 is never listed.
    expect(log.rows.map((r) => r[0])).toEqual(['A-001', 'A-002', 'A-003']);
    const html = packHtml(pack);
    const docx = readDocx(await packDocx(pack)).body;
    for (const text of [html, docx]) {
      expect(text).toContain('Decisions of September 2025');
      expect(text).toContain('T-003 Rose Hill car park: Nomination declined: Private land');
      expect(text).toContain('Dispersal patrols Friday and Saturday evenings');
      expect(text).toContain('Any other business: Residents’ meeting at the library');
      expect(text).not.toContain(RESTRICTED_NOTE);
      expect(text).not.toContain(RESTRICTED_ACTION);
    }
    const later = packHtml(packFor('2025-11', '2025-11-11'));
    expect(later).toContain('E-001 (October 2025, T-002): CCTV funding needed');
  });
});

describe('the action log CSV', () => {
  it('has the columns, statuses on the given day, neutralised formulas and no restricted rows', () => {
    const csv = actionLogCsv(twoMeetings(), '2025-11-11').split('\r\n');
    expect(csv[0]).toBe('Ref,Action,Target,Owner agency,Officer,Due,Status,RAG,Raised,Last update');
    expect(csv.filter(Boolean)).toHaveLength(5);
    expect(csv[1]).toBe(
      'A-001,Dispersal patrols Friday and Saturday evenings,T-001 Market Place,Police,PC Jones,2025-09-30,Done,Green,2025-09-09,2025-10-14: Patrols ran every weekend',
    );
    expect(csv[3]).toBe(
      `A-003,"'=HYPERLINK(""http://x"") bonfire leaflet drop",General,Fire and rescue,,2025-10-20,Overdue,Red,2025-09-09,`,
    );
    expect(csv.join('\n')).not.toContain(RESTRICTED_ACTION);
    expect(actionLogCsv(twoMeetings(), '2025-11-11', { restricted: true })).toContain(
      RESTRICTED_ACTION,
    );
  });
});
