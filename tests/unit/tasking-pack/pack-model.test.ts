import { describe, expect, it } from 'vitest';
import { nextMeetingDate } from '../../../src/tasking/pack/next-meeting';
import { buildPack } from '../../../src/tasking/pack/pack-model';
import { countText } from '../../../src/tasking/pack/pack-text';
import { packInputs } from './pack-fixture';

describe('buildPack', () => {
  const pack = buildPack(packInputs());

  it('lays the agenda out in the model order, numbered 0 to 8, marked OFFICIAL-SENSITIVE', () => {
    expect(pack.marking).toBe('OFFICIAL-SENSITIVE');
    expect(pack.agenda.map((i) => [i.number, i.kind])).toEqual([
      [0, 'header'],
      [1, 'action-log'],
      [2, 'tactical-assessment'],
      [3, 'existing-targets'],
      [4, 'nominations'],
      [5, 'victims'],
      [6, 'cohesion'],
      [7, 'powers'],
      [8, 'close'],
    ]);
    expect(pack.informationSharing).toMatch(/information sharing agreement/);
  });

  it('has attendance placeholders per agency and an empty action log with its headings', () => {
    const [header, log] = pack.agenda;
    expect(header?.kind === 'header' && header.attendance.map((a) => a.agency)).toContain('Police');
    expect(header?.kind === 'header' && header.attendance.every((a) => a.name === '')).toBe(true);
    expect(log?.kind === 'action-log' && log.rows).toEqual([]);
    expect(log?.kind === 'action-log' && log.columns).toContain('Owner agency');
  });

  it('puts active, escalated and monitored targets under item 3, nominations under item 4', () => {
    const existing = pack.agenda[3];
    const nominations = pack.agenda[4];
    expect(existing?.kind === 'existing-targets' && existing.targets.map((t) => t.id)).toEqual([
      'T-001',
      'T-002',
    ]);
    expect(existing?.kind === 'existing-targets' && existing.targets[0]?.beforeAfter?.wdq).toBe(
      0.12,
    );
    if (nominations?.kind !== 'nominations') throw new Error('item 4');
    expect(nominations.nominations.map((t) => t.id)).toEqual(['T-003']);
    expect(nominations.nominations[0]?.evidence?.id).toBe('cluster:a');
    expect(nominations.candidates.map((c) => c.id)).toEqual(['cluster:b']);
    expect(pack.targets.find((t) => t.id === 'T-004')?.section).toBe('archived');
  });

  it('says "no data", never 0, for a period with no data', () => {
    const cohesion = pack.agenda[6];
    if (cohesion?.kind !== 'cohesion') throw new Error('item 6');
    const hate = cohesion.categories.find((c) => c.category === 'hate-crime');
    expect(hate?.comparisons.monthOnMonth.current.count).toBeNull();
    expect(countText(null)).toBe('no data');
    expect(cohesion.notHeld).toEqual(['hate-incident', 'cohesion']);
  });

  it('gives victims as counts only, or "not held in the loaded data"', () => {
    const victims = pack.agenda[5];
    if (victims?.kind !== 'victims') throw new Error('item 5');
    expect(victims.rows.every((r) => r.count === null && /not held/.test(r.note))).toBe(true);
  });

  it('lists escalations and proposes the next meeting on the same weekday of the same week', () => {
    const close = pack.agenda[8];
    if (close?.kind !== 'close') throw new Error('item 8');
    expect(close.escalations.map((t) => t.id)).toEqual(['T-002']);
    // 9 Dec 2025 is the second Tuesday; the second Tuesday of January 2026 is the 13th.
    expect(close.nextMeeting.date).toBe('2026-01-13');
    expect(close.nextMeeting.rule).toMatch(/second Tuesday/);
    expect(nextMeetingDate('2025-10-30')).toBe('2025-11-27'); // fifth Thursday → fourth
  });

  it('without a meeting date names the month and the rule', () => {
    const close = buildPack(packInputs({ meetingDate: null })).agenda[8];
    expect(close?.kind === 'close' && close.nextMeeting).toMatchObject({
      date: null,
      month: '2025-12',
    });
  });

  it('places a target at the centroid of its geometry', () => {
    expect(pack.targets[0]?.centroid).toEqual([450100, 380100]);
  });
});
