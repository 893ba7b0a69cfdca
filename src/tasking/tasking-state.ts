/**
 * The tasking state: target locations with their history, and the settings the analysis used.
 * One format for the browser (kept in IndexedDB) and the CLI (`state.json`), so an analyst can
 * move between the two. `version` is the schema version; older files are migrated on import,
 * newer or corrupted ones are refused with a message and change nothing.
 */

import type { BoardEscalation, Meeting, Partner, TaskingAction } from './meeting-state';

/** Schema version written by this build. */
export const TASKING_STATE_VERSION = 2;
/** Marks a file as a tasking state, so another JSON file is refused by name. */
export const TASKING_STATE_FORMAT = 'csp-tasking-state';

/** YYYY-MM */
export type MonthId = string;

/** A closed ring of [easting, northing] in British National Grid metres (EPSG:27700). */
export type BngRing = [number, number][];
/** Polygons, each an outer ring then holes: a target's stored geometry, never a cell index. */
export type BngMultiPolygon = BngRing[][];

/** Where a target or candidate came from. */
export type PlaceKind =
  'hotspot-cluster' | 'repeat-location' | 'street' | 'area' | 'drawn' | 'partner';

export type TargetStatus = 'nominated' | 'active' | 'escalated' | 'closed' | 'declined';

export type TargetChange =
  | 'nominated'
  | 'tasked'
  | 'continued'
  | 'escalated'
  | 'closed'
  | 'declined'
  | 'reopened'
  | 'edited';

/** One recorded change: when, by whom, in which meeting month, and why. */
export interface TargetEvent {
  /** ISO date-time the change was recorded. */
  at: string;
  by: string;
  month: MonthId;
  change: TargetChange;
  from: TargetStatus | null;
  to: TargetStatus;
  note: string;
}

/** The problem statement in SARA form (scanning, analysis, response, assessment). */
export interface ProblemStatement {
  scanning: string;
  analysis: string;
  response: string;
  assessment: string;
}

export interface Target {
  /** Stable across months, e.g. "T-007"; never reused. */
  id: string;
  name: string;
  geometry: BngMultiPolygon;
  origin: {
    kind: PlaceKind;
    /** The candidate, repeat location key, street name or area code it was made from. */
    ref: string | null;
  };
  status: TargetStatus;
  leadAgency: string | null;
  problem: ProblemStatement;
  /** Month the target was first nominated. */
  nominatedMonth: MonthId;
  /** Month it became active: the pivot of its before/after record (null until tasked). */
  taskedMonth: MonthId | null;
  /** Set when closed: the reason and the last month of monitoring. */
  closure: { reason: string; monitorUntil: MonthId } | null;
  history: TargetEvent[];
}

/** Analyst's settings; defaults in {@link DEFAULT_TASKING_SETTINGS}. */
export interface TaskingSettings {
  /** Category id → harm weight (ids from src/sql/taxonomy.ts; unlisted categories weigh `otherWeight`). */
  harmWeights: Record<string, number>;
  otherWeight: number;
  /** Months counted as "recent" up to and including the meeting month's data month. */
  recentMonths: number;
  /** Months before the recent window used as the baseline. */
  baselineMonths: number;
  /** How many candidates to show and (CLI, no state) to propose as targets. */
  candidateCount: number;
  /** Smallest recent incident count for a place to be a candidate. */
  minCount: number;
  /** Width of the ring around a target used for displacement (metres). */
  bufferMetres: number;
  /** Months a closed target is monitored before it can reopen as a new candidate. */
  monitoringMonths: number;
  /** Share of a candidate's area that must overlap a target for the two to be the same place. */
  matchOverlap: number;
}

export const DEFAULT_TASKING_SETTINGS: TaskingSettings = {
  harmWeights: {
    'asb-personal': 3,
    'asb-nuisance': 2,
    'asb-environmental': 1,
    asb: 2,
    'criminal-damage': 2,
    'criminal-damage-arson': 2,
    'arson-primary': 4,
    'arson-secondary': 2,
    'hate-crime': 4,
    'hate-incident': 3,
    'public-order': 2,
    cohesion: 2,
  },
  otherWeight: 0,
  recentMonths: 3,
  baselineMonths: 12,
  candidateCount: 10,
  minCount: 5,
  bufferMetres: 200,
  monitoringMonths: 3,
  matchOverlap: 0.25,
};

/** The whole tasking state: targets, and what the monthly meetings recorded beside them. */
export interface TaskingState {
  format: typeof TASKING_STATE_FORMAT;
  version: number;
  savedAt: string;
  /** Meeting month last prepared (YYYY-MM), null before the first. */
  meetingMonth: MonthId | null;
  settings: TaskingSettings;
  targets: Target[];
  /** Next number for a target id (ids are never reused, even after a target is deleted). */
  nextTargetNumber: number;
  /** The action log, oldest first. */
  actions: TaskingAction[];
  /** Next number for an action id ("A-001"), never reused. */
  nextActionNumber: number;
  /** The partner agencies and their officers, offered when recording attendance and actions. */
  partners: Partner[];
  /** One per meeting month, oldest first. */
  meetings: Meeting[];
  /** Referrals to the CSP board, oldest first. */
  escalations: BoardEscalation[];
  /** Next number for an escalation id ("E-001"), never reused. */
  nextEscalationNumber: number;
}
