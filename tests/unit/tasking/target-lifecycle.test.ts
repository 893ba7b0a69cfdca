import { describe, expect, it } from 'vitest';
import { emptyTaskingState } from '../../../src/tasking/state-file';
import {
  closeTarget,
  continueTarget,
  declineTarget,
  editTarget,
  escalateTarget,
  nominateTarget,
  reopenTarget,
  taskTarget,
} from '../../../src/tasking/target-lifecycle';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { at, PROBLEM, squareAt } from './fixtures';

const NOW = at('2025-06-10T14:00:00.000Z');

function nominated(count = 1): TaskingState {
  let state = emptyTaskingState(NOW);
  for (let k = 0; k < count; k++)
    state = nominateTarget(
      state,
      {
        name: `Place ${k + 1}`,
        geometry: squareAt(438000 + 500 * k, 371000, 200),
        origin: { kind: 'drawn', ref: null },
      },
      'Analyst',
      '2025-06',
      NOW,
    ).state;
  return state;
}

const active = () =>
  taskTarget(
    nominated(),
    'T-001',
    { leadAgency: 'Police', problem: PROBLEM },
    'Chair',
    '2025-06',
    NOW,
  );
const target = (state: TaskingState, id = 'T-001') => state.targets.find((t) => t.id === id);

describe('nominating a target', () => {
  it('gives ids T-001, T-002… from nextTargetNumber and records who, when and from where', () => {
    const state = nominated(2);
    expect(state.targets.map((t) => t.id)).toEqual(['T-001', 'T-002']);
    expect(state.nextTargetNumber).toBe(3);
    const result = nominateTarget(
      state,
      {
        name: '  Saltergate  ',
        geometry: squareAt(438000, 372000, 100),
        origin: { kind: 'hotspot-cluster', ref: 'cluster:1752,1488' },
        problem: { scanning: '23 incidents in 3 months' },
      },
      'Analyst',
      '2025-07',
      at('2025-07-01T09:00:00.000Z'),
    );
    expect(result.target).toMatchObject({
      id: 'T-003',
      name: 'Saltergate',
      status: 'nominated',
      leadAgency: null,
      nominatedMonth: '2025-07',
      taskedMonth: null,
      closure: null,
      problem: { scanning: '23 incidents in 3 months', analysis: '', response: '', assessment: '' },
    });
    expect(result.target.history).toEqual([
      {
        at: '2025-07-01T09:00:00.000Z',
        by: 'Analyst',
        month: '2025-07',
        change: 'nominated',
        from: null,
        to: 'nominated',
        note: 'from a hotspot cluster among the month’s candidates',
      },
    ]);
    expect(state.targets).toHaveLength(2);
  });

  it('ids are zero-padded to three digits and keep growing past 999', () => {
    const state = { ...nominated(), nextTargetNumber: 1000 };
    const next = nominateTarget(
      state,
      {
        name: 'X',
        geometry: squareAt(438000, 372000, 50),
        origin: { kind: 'partner', ref: 'PCSO' },
      },
      'A',
      '2025-06',
      NOW,
    );
    expect(next.target.id).toBe('T-1000');
  });

  it('refuses a nameless target, an unusable geometry and an anonymous change', () => {
    const state = nominated();
    const input = {
      name: 'X',
      geometry: squareAt(438000, 372000, 50),
      origin: { kind: 'drawn' as const, ref: null },
    };
    expect(() => nominateTarget(state, { ...input, name: ' ' }, 'A', '2025-06', NOW)).toThrow(
      'A target name is required.',
    );
    expect(() =>
      nominateTarget(
        state,
        {
          ...input,
          geometry: [
            [
              [
                [-1.4, 53.2],
                [-1.3, 53.2],
                [-1.3, 53.3],
                [-1.4, 53.2],
              ],
            ],
          ],
        },
        'A',
        '2025-06',
        NOW,
      ),
    ).toThrow(
      'The geometry of "X" is not usable: geometry[0][0][0]: -1.4, 53.2 is not in British National Grid metres (Great Britain).',
    );
    expect(() => nominateTarget(state, input, '', '2025-06', NOW)).toThrow(
      'Who nominated the target is required.',
    );
    expect(() => nominateTarget(state, input, 'A', 'June', NOW)).toThrow(
      'The meeting month expected a month as YYYY-MM',
    );
  });
});

describe('the lifecycle of a target', () => {
  it('tasking makes it active from that month with its lead agency and problem statement', () => {
    const state = active();
    expect(target(state)).toMatchObject({
      status: 'active',
      taskedMonth: '2025-06',
      leadAgency: 'Police',
      problem: PROBLEM,
    });
    expect(target(state)?.history.at(-1)).toMatchObject({
      change: 'tasked',
      from: 'nominated',
      to: 'active',
      by: 'Chair',
      note: 'lead agency Police',
    });
    expect(() =>
      taskTarget(
        nominated(),
        'T-001',
        { leadAgency: ' ', problem: PROBLEM },
        'Chair',
        '2025-06',
        NOW,
      ),
    ).toThrow('A lead agency for T-001 is required.');
  });

  it('continuing keeps the status; escalating makes it escalated', () => {
    let state = continueTarget(active(), 'T-001', 'Patrols under way', 'Chair', '2025-07', NOW);
    expect(target(state)?.status).toBe('active');
    expect(target(state)?.history.at(-1)).toMatchObject({
      change: 'continued',
      from: 'active',
      to: 'active',
      month: '2025-07',
    });
    state = escalateTarget(state, 'T-001', 'To the CSP board', 'Chair', '2025-08', NOW);
    expect(target(state)?.status).toBe('escalated');
    state = continueTarget(state, 'T-001', '', 'Chair', '2025-09', NOW);
    expect(target(state)?.history.at(-1)).toMatchObject({ from: 'escalated', to: 'escalated' });
  });

  it('closing needs a reason and sets the monitoring period from the settings', () => {
    const state = closeTarget(active(), 'T-001', 'Lighting fixed', 'Chair', '2025-09', NOW);
    // Default monitoringMonths is 3: September + 3 = December.
    expect(target(state)).toMatchObject({
      status: 'closed',
      closure: { reason: 'Lighting fixed', monitorUntil: '2025-12' },
    });
    expect(() => closeTarget(active(), 'T-001', '  ', 'Chair', '2025-09', NOW)).toThrow(
      'A reason for closing T-001 is required.',
    );
  });

  it('declining a nomination needs a reason', () => {
    const state = declineTarget(
      nominated(),
      'T-001',
      'Private land; referred to the owner',
      'Chair',
      '2025-06',
      NOW,
    );
    expect(target(state)?.status).toBe('declined');
    expect(() => declineTarget(nominated(), 'T-001', '', 'Chair', '2025-06', NOW)).toThrow(
      'A reason for declining T-001 is required.',
    );
  });

  it('reopening a closed target makes it nominated again with the same id and its whole history', () => {
    const closed = closeTarget(active(), 'T-001', 'Done', 'Chair', '2025-09', NOW);
    const state = reopenTarget(closed, 'T-001', 'Calls back up', 'Analyst', '2026-01', NOW);
    expect(target(state)).toMatchObject({
      id: 'T-001',
      status: 'nominated',
      closure: null,
      taskedMonth: '2025-06',
    });
    expect(target(state)?.history.map((e) => `${e.change}:${e.from ?? '-'}→${e.to}`)).toEqual([
      'nominated:-→nominated',
      'tasked:nominated→active',
      'closed:active→closed',
      'reopened:closed→nominated',
    ]);
    expect(state.nextTargetNumber).toBe(closed.nextTargetNumber);
  });

  it('editing records what changed and keeps the status; an edit that changes nothing records nothing', () => {
    const base = active();
    const state = editTarget(
      base,
      'T-001',
      { name: 'Saltergate', problem: { response: 'CCTV' } },
      'Analyst',
      '2025-07',
      NOW,
    );
    expect(target(state)).toMatchObject({
      name: 'Saltergate',
      status: 'active',
      problem: { ...PROBLEM, response: 'CCTV' },
    });
    expect(target(state)?.history.at(-1)).toMatchObject({
      change: 'edited',
      from: 'active',
      to: 'active',
      note: 'changed name (was "Place 1"), problem statement (response)',
    });
    expect(editTarget(base, 'T-001', { leadAgency: 'Police' }, 'Analyst', '2025-07', NOW)).toBe(
      base,
    );
  });

  it('never changes the state passed in', () => {
    const base = active();
    const copy = structuredClone(base);
    closeTarget(base, 'T-001', 'Done', 'Chair', '2025-09', NOW);
    editTarget(base, 'T-001', { name: 'New' }, 'Chair', '2025-09', NOW);
    nominateTarget(
      base,
      { name: 'Y', geometry: squareAt(439000, 372000, 50), origin: { kind: 'drawn', ref: null } },
      'A',
      '2025-06',
      NOW,
    );
    expect(base).toEqual(copy);
  });
});

describe('illegal transitions throw, naming the target and both states', () => {
  it.each<[string, (s: TaskingState) => TaskingState, string]>([
    [
      'escalating a nomination',
      (s) => escalateTarget(s, 'T-001', '', 'C', '2025-06', NOW),
      'Cannot escalate target T-001 (Place 1): it is nominated, and only an active target can become escalated.',
    ],
    [
      'closing a nomination',
      (s) => closeTarget(s, 'T-001', 'x', 'C', '2025-06', NOW),
      'Cannot close target T-001 (Place 1): it is nominated, and only an active or escalated target can become closed.',
    ],
    [
      'continuing a nomination',
      (s) => continueTarget(s, 'T-001', '', 'C', '2025-06', NOW),
      'Cannot continue target T-001 (Place 1): it is nominated, and only an active or escalated target can become active.',
    ],
    [
      'reopening a nomination',
      (s) => reopenTarget(s, 'T-001', '', 'C', '2025-06', NOW),
      'Cannot reopen target T-001 (Place 1): it is nominated, and only a closed or declined target can become nominated.',
    ],
    [
      'tasking an active target',
      (s) =>
        taskTarget(
          taskTarget(s, 'T-001', { leadAgency: 'P', problem: PROBLEM }, 'C', '2025-06', NOW),
          'T-001',
          { leadAgency: 'P', problem: PROBLEM },
          'C',
          '2025-07',
          NOW,
        ),
      'Cannot task target T-001 (Place 1): it is active, and only a nominated target can become active.',
    ],
    [
      'declining a closed target',
      (s) =>
        declineTarget(
          closeTarget(
            taskTarget(s, 'T-001', { leadAgency: 'P', problem: PROBLEM }, 'C', '2025-06', NOW),
            'T-001',
            'done',
            'C',
            '2025-07',
            NOW,
          ),
          'T-001',
          'no',
          'C',
          '2025-08',
          NOW,
        ),
      'Cannot decline target T-001 (Place 1): it is closed, and only a nominated target can become declined.',
    ],
    [
      'any change to a target that does not exist',
      (s) => escalateTarget(s, 'T-404', '', 'C', '2025-06', NOW),
      'There is no target T-404 in the tasking state.',
    ],
  ])('%s', (_, change, message) => {
    expect(() => change(nominated())).toThrow(message);
  });
});
