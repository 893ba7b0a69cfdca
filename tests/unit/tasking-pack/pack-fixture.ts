import type { TargetBeforeAfter } from '../../../src/tasking/before-after';
import type { Candidate } from '../../../src/tasking/candidate';
import type { PackInputs } from '../../../src/tasking/pack/pack-model';
import type {
  AssessmentCategory,
  AssessmentComparison,
  TacticalAssessment,
} from '../../../src/tasking/pack/tactical-assessment';
import type { BngMultiPolygon, Target, TaskingState } from '../../../src/tasking/tasking-state';
import {
  DEFAULT_TASKING_SETTINGS,
  TASKING_STATE_FORMAT,
  TASKING_STATE_VERSION,
} from '../../../src/tasking/tasking-state';

/** A 200 m square with its south-west corner at (e, n), in BNG metres. */
export function square(e: number, n: number, size = 200): BngMultiPolygon {
  return [
    [
      [
        [e, n],
        [e + size, n],
        [e + size, n + size],
        [e, n + size],
        [e, n],
      ],
    ],
  ];
}

export function target(id: string, patch: Partial<Target> = {}): Target {
  return {
    id,
    name: `Place ${id}`,
    geometry: square(450000, 380000),
    origin: { kind: 'hotspot-cluster', ref: null },
    status: 'active',
    leadAgency: 'Police',
    problem: {
      scanning: 'Youths gathering',
      analysis: 'Evenings',
      response: 'Patrols',
      assessment: '',
    },
    nominatedMonth: '2025-06',
    taskedMonth: '2025-07',
    closure: null,
    history: [
      {
        at: '2025-06-10T10:00:00.000Z',
        by: 'analyst',
        month: '2025-06',
        change: 'nominated',
        from: null,
        to: 'nominated',
        note: '',
      },
    ],
    ...patch,
  };
}

export function state(targets: Target[]): TaskingState {
  return {
    format: TASKING_STATE_FORMAT,
    version: TASKING_STATE_VERSION,
    savedAt: '2025-11-01T00:00:00.000Z',
    meetingMonth: '2025-10',
    settings: DEFAULT_TASKING_SETTINGS,
    targets,
    nextTargetNumber: targets.length + 1,
    actions: [],
    nextActionNumber: 1,
    partners: [],
    meetings: [],
    escalations: [],
    nextEscalationNumber: 1,
  };
}

export function candidate(id: string, patch: Partial<Candidate> = {}): Candidate {
  return {
    id,
    kind: 'hotspot-cluster',
    name: `around ${id}`,
    geometry: square(452000, 381000),
    box: [-1.2, 53.3, -1.19, 53.31],
    rank: 1,
    score: 10,
    recent: { months: ['2025-09', '2025-10', '2025-11'], count: 23, harmWeighted: 46 },
    baseline: { months: ['2024-09'], count: 6, harmWeighted: 12 },
    change: { ratio: 3.8, lower: 1.6, upper: 10.5 },
    giConfidence: 0.99,
    spaceTime: null,
    exceedance: true,
    categoryMix: { 'asb-nuisance': 20, 'criminal-damage': 3 },
    monthly: [
      { month: '2025-10', count: 8 },
      { month: '2025-11', count: null },
    ],
    sentence: `Intensifying hotspot ${id}: 23 nuisance incidents in 3 months against 6 a year before.`,
    targetId: null,
    ...patch,
  };
}

export function beforeAfter(targetId: string): TargetBeforeAfter {
  const zone = (before: number, after: number) => ({
    before,
    after,
    rateRatio: { estimate: after / before, lower: 0.3, upper: 0.9, confidenceLevel: 0.95 },
  });
  return {
    targetId,
    taskedMonth: '2025-07',
    beforeMonths: ['2025-03', '2025-04', '2025-05', '2025-06'],
    afterMonths: ['2025-07', '2025-08', '2025-09', '2025-10'],
    missingMonths: [],
    target: zone(40, 20),
    buffer: { ...zone(30, 28), widthMetres: 200 },
    control: zone(1000, 990),
    wdq: 0.12,
    monthly: [{ month: '2025-07', count: 5 }],
    caveats: ['Periods under a year: seasonality may explain part of the change.'],
  };
}

function comparison(current: number | null, previous: number | null): AssessmentComparison {
  return {
    current: {
      from: '2025-11',
      to: '2025-11',
      count: current,
      missingMonths: current === null ? ['2025-11'] : [],
    },
    previous: { from: '2025-10', to: '2025-10', count: previous, missingMonths: [] },
    rateRatio:
      current === null || previous === null
        ? null
        : { estimate: current / previous, lower: 0.5, upper: 2 },
    significant: false,
    verdict: current === null ? 'notComparable' : 'withinNormalVariation',
    sentence: 'A sentence.',
  };
}

export function category(id: string, label: string, current: number | null): AssessmentCategory {
  return {
    category: id,
    label,
    parent: null,
    comparisons: {
      monthOnMonth: comparison(current, 10),
      sameMonthLastYear: comparison(current, 12),
      rolling12Months: comparison(current === null ? null : current * 12, 130),
    },
    exceedance: { signal: null, description: 'common-cause variation' },
  };
}

export function assessment(categories: AssessmentCategory[]): TacticalAssessment {
  return {
    month: '2025-11',
    categories,
    missingMonths: [],
    sources: ['police.uk: Jan 2023 – Nov 2025'],
  };
}

/** Inputs with one target of each kind: active, escalated, nominated, closed long ago. */
export function packInputs(patch: Partial<PackInputs> = {}): PackInputs {
  const targets = [
    target('T-001'),
    target('T-002', { status: 'escalated' }),
    target('T-003', {
      status: 'nominated',
      taskedMonth: null,
      origin: { kind: 'hotspot-cluster', ref: 'cluster:a' },
    }),
    target('T-004', { status: 'closed', closure: { reason: 'Resolved', monitorUntil: '2025-03' } }),
  ];
  return {
    meetingMonth: '2025-11',
    meetingDate: '2025-12-09',
    state: state(targets),
    candidates: [
      candidate('cluster:a', { targetId: 'T-003' }),
      candidate('cluster:b', { rank: 2 }),
    ],
    beforeAfter: [beforeAfter('T-001'), beforeAfter('T-002')],
    assessment: assessment([
      category('asb', 'Anti-social behaviour', 14),
      category('hate-crime', 'Hate crime', null),
    ]),
    map: {
      caption: 'Map',
      cellSize: 250,
      cells: [{ ix: 1800, iy: 1520, count: 9, class: 'hot-99' }],
      boundaries: [],
      targets: [{ id: 'T-001', geometry: square(450000, 380000) }],
      candidates: [],
    },
    generatedAt: new Date('2025-12-01T09:00:00Z'),
    dataNote: 'Demo data.',
    ...patch,
  };
}
