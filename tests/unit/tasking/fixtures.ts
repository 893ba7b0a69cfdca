import type { BngMultiPolygon, BngRing, TaskingState } from '../../../src/tasking/tasking-state';
import {
  closeTarget,
  editTarget,
  escalateTarget,
  nominateTarget,
  taskTarget,
} from '../../../src/tasking/target-lifecycle';
import { emptyTaskingState } from '../../../src/tasking/state-file';

/** A closed anticlockwise rectangle ring in BNG metres. */
export function rect(x0: number, y0: number, x1: number, y1: number): BngRing {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

/** A square target geometry of `side` metres from its south-west corner. */
export function squareAt(e: number, n: number, side: number): BngMultiPolygon {
  return [[rect(e, n, e + side, n + side)]];
}

export const PROBLEM = {
  scanning: 'Youths gathering by the shops after 8pm; 23 calls in 3 months.',
  analysis: 'Evenings, Fridays; the underpass has no lighting.',
  response: 'Lighting repair; PCSO patrols Fri/Sat 7–11pm; youth service outreach.',
  assessment: 'Compare calls Oct–Dec with Jul–Sep; residents\u2019 survey.',
};

export const at = (iso: string): Date => new Date(iso);

/**
 * A state with a target in every status and rich content: a holed multipolygon, decimals,
 * quotes and line breaks in notes, non-default settings.
 */
export function richState(): TaskingState {
  let state = emptyTaskingState(at('2025-06-01T09:00:00.000Z'));
  state = {
    ...state,
    meetingMonth: '2025-09',
    settings: {
      ...state.settings,
      harmWeights: { ...state.settings.harmWeights, 'asb-personal': 3.5, 'vehicle-crime': 0.5 },
      bufferMetres: 250,
      matchOverlap: 0.3,
    },
  };
  const nominate = (name: string, geometry: BngMultiPolygon, month: string) => {
    const result = nominateTarget(
      state,
      { name, geometry, origin: { kind: 'hotspot-cluster', ref: `cluster:${name.length}` } },
      'Analyst A',
      month,
      at(`${month}-03T10:00:00.000Z`),
    );
    state = result.state;
    return result.target.id;
  };
  const holed: BngMultiPolygon = [
    [rect(438000.25, 371000.5, 438400, 371400), rect(438100, 371100, 438200, 371200)],
    [rect(438500, 371000, 438600, 371100)],
  ];
  const a = nominate('Around Saltergate / Holywell Street', holed, '2025-06');
  const b = nominate('Market Place "the steps"', squareAt(438700, 371300, 150), '2025-06');
  const c = nominate('Park Road underpass', squareAt(439000, 371000, 200), '2025-07');
  const d = nominate('Rose Hill car park', squareAt(437000, 370000, 120), '2025-07');
  nominate('Brimington Road shops', squareAt(440000, 372000, 90), '2025-09');
  state = taskTarget(
    state,
    a,
    { leadAgency: 'Police', problem: PROBLEM },
    'Chair',
    '2025-06',
    at('2025-06-10T14:00:00.000Z'),
  );
  state = taskTarget(
    state,
    b,
    { leadAgency: 'Council ASB team', problem: PROBLEM },
    'Chair',
    '2025-06',
    at('2025-06-10T14:05:00.000Z'),
  );
  state = escalateTarget(
    state,
    b,
    'No improvement;\nto the CSP board.',
    'Chair',
    '2025-08',
    at('2025-08-12T14:00:00.000Z'),
  );
  state = taskTarget(
    state,
    c,
    { leadAgency: 'Housing', problem: PROBLEM },
    'Chair',
    '2025-07',
    at('2025-07-08T14:00:00.000Z'),
  );
  state = closeTarget(
    state,
    c,
    'Lighting fixed; calls down to 1 a month',
    'Chair',
    '2025-09',
    at('2025-09-09T14:00:00.000Z'),
  );
  state = editTarget(
    state,
    a,
    { problem: { response: 'Patrols and CCTV' } },
    'Analyst B',
    '2025-07',
    at('2025-07-02T08:00:00.000Z'),
  );
  state = {
    ...state,
    targets: state.targets.map((t) => (t.id === d ? { ...t, status: 'declined' as const } : t)),
  };
  return state;
}
