import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/tasking/candidate';
import {
  matchCandidatesToTargets,
  placeOverlap,
  reopenCrossingTargets,
} from '../../../src/tasking/match-candidates';
import { emptyTaskingState } from '../../../src/tasking/state-file';
import {
  closeTarget,
  declineTarget,
  nominateTarget,
  taskTarget,
} from '../../../src/tasking/target-lifecycle';
import type { BngMultiPolygon, TaskingState } from '../../../src/tasking/tasking-state';
import { at, PROBLEM, rect, squareAt } from './fixtures';

const NOW = at('2025-06-10T14:00:00.000Z');

function candidate(id: string, geometry: BngMultiPolygon, rank = 1): Candidate {
  return {
    id,
    kind: 'hotspot-cluster',
    name: `around ${id}`,
    geometry,
    box: [-1.43, 53.23, -1.42, 53.24],
    rank,
    score: 10 - rank,
    recent: { months: ['2025-04', '2025-05', '2025-06'], count: 23, harmWeighted: 46 },
    baseline: { months: [], count: 6, harmWeighted: 12 },
    change: { ratio: 3.8, lower: 1.6, upper: 10.5 },
    giConfidence: 0.99,
    spaceTime: null,
    exceedance: false,
    categoryMix: { 'asb-nuisance': 23 },
    monthly: [],
    sentence: `Intensifying hotspot around ${id}: 23 nuisance incidents in 3 months against 6 a year before`,
    targetId: null,
  };
}

/** T-001: a 200 m square at (438000, 371000); T-002: a 400 m square at (440000, 371000). */
function twoTargets(): TaskingState {
  let state = emptyTaskingState(NOW);
  for (const [name, geometry] of [
    ['Saltergate', squareAt(438000, 371000, 200)],
    ['Market Place', squareAt(440000, 371000, 400)],
  ] as const)
    state = nominateTarget(
      state,
      { name, geometry, origin: { kind: 'drawn', ref: null } },
      'A',
      '2025-03',
      NOW,
    ).state;
  return state;
}

describe('matching candidates to existing targets by overlap', () => {
  const settings = { matchOverlap: 0.25 };

  it('a candidate overlapping a target by at least the setting is that target', () => {
    const { targets } = twoTargets();
    // Shifted 100 m east: half of each square lies in the other.
    const shifted = candidate('shifted', squareAt(438100, 371000, 200));
    // Shifted 160 m: 40/200 = 20% overlap, under 25%.
    const apart = candidate('apart', squareAt(438160, 371000, 200));
    const matched = matchCandidatesToTargets([shifted, apart], targets, settings);
    expect(placeOverlap(shifted, targets[0]!)).toBeCloseTo(0.5, 9);
    expect(matched.map((c) => c.targetId)).toEqual(['T-001', null]);
    expect(shifted.targetId).toBeNull();
  });

  it('a small place inside a large target matches, and so does a large cluster around a small target', () => {
    const { targets } = twoTargets();
    // A 50 m repeat location inside T-002 (400 m): 100% of it, 1.6% of the target.
    const inside = candidate('inside', squareAt(440100, 371100, 50));
    // A 1 km cluster around T-001 (200 m): 4% of it, 100% of the target.
    const around = candidate('around', squareAt(437600, 370600, 1000));
    expect(
      matchCandidatesToTargets([inside, around], targets, settings).map((c) => c.targetId),
    ).toEqual(['T-002', 'T-001']);
  });

  it('the best overlap wins when a candidate touches two targets', () => {
    const state = twoTargets();
    // A strip from inside T-001 to the east edge of T-002: a quarter of T-001 (50 × 200 of
    // 200 × 200) and all of T-002, both at least the 25% needed.
    const between = candidate('between', [[rect(438150, 371000, 440400, 371400)]]);
    const shares = state.targets.map((t) => placeOverlap(between, t));
    expect(shares[0]).toBeCloseTo(0.25, 9);
    expect(shares[1]).toBeCloseTo(1, 9);
    expect(matchCandidatesToTargets([between], state.targets, settings)[0]?.targetId).toBe('T-002');
  });

  it('closed and declined targets match too, so the place keeps its history', () => {
    let state = twoTargets();
    state = taskTarget(
      state,
      'T-001',
      { leadAgency: 'Police', problem: PROBLEM },
      'C',
      '2025-03',
      NOW,
    );
    state = closeTarget(state, 'T-001', 'Resolved', 'C', '2025-05', NOW);
    state = declineTarget(state, 'T-002', 'Private land', 'C', '2025-03', NOW);
    const matched = matchCandidatesToTargets(
      [
        candidate('a', squareAt(438000, 371000, 200)),
        candidate('b', squareAt(440000, 371000, 400)),
      ],
      state.targets,
      settings,
    );
    expect(matched.map((c) => c.targetId)).toEqual(['T-001', 'T-002']);
  });
});

describe('closed targets that cross the threshold again', () => {
  /** T-001 closed in 2025-05 with 3 months' monitoring (to 2025-08); T-002 still nominated. */
  function closedState(): TaskingState {
    let state = twoTargets();
    state = taskTarget(
      state,
      'T-001',
      { leadAgency: 'Police', problem: PROBLEM },
      'C',
      '2025-03',
      NOW,
    );
    return closeTarget(state, 'T-001', 'Resolved', 'C', '2025-05', NOW);
  }
  const back = [
    candidate('back', squareAt(438050, 371000, 200), 2),
    candidate('other', squareAt(445000, 375000, 200), 1),
  ];

  it('while monitored (to August) a closed target is only flagged', () => {
    const state = closedState();
    expect(state.targets[0]?.closure?.monitorUntil).toBe('2025-08');
    const result = reopenCrossingTargets(
      state,
      back,
      '2025-08',
      'automatic',
      at('2025-08-01T00:00:00.000Z'),
    );
    expect(result).toMatchObject({ reopened: [], monitoring: ['T-001'] });
    expect(result.state).toBe(state);
  });

  it('after monitoring it is reopened as nominated with the candidate sentence in its history', () => {
    const state = closedState();
    const result = reopenCrossingTargets(
      state,
      back,
      '2025-09',
      'automatic',
      at('2025-09-01T00:00:00.000Z'),
    );
    expect(result.reopened).toEqual(['T-001']);
    expect(result.monitoring).toEqual([]);
    const reopened = result.state.targets[0];
    expect(reopened).toMatchObject({ id: 'T-001', status: 'nominated', closure: null });
    expect(reopened?.history.at(-1)).toEqual({
      at: '2025-09-01T00:00:00.000Z',
      by: 'automatic',
      month: '2025-09',
      change: 'reopened',
      from: 'closed',
      to: 'nominated',
      note: 'crossed the threshold again: Intensifying hotspot around back: 23 nuisance incidents in 3 months against 6 a year before',
    });
    expect(result.state.targets[1]).toEqual(state.targets[1]);
    expect(result.state.targets).toHaveLength(2);
  });

  it('a closed target with no candidate over it stays closed', () => {
    const state = closedState();
    const result = reopenCrossingTargets(state, [back[1]!], '2026-01', 'automatic', NOW);
    expect(result).toMatchObject({ reopened: [], monitoring: [] });
    expect(result.state.targets[0]?.status).toBe('closed');
  });
});
