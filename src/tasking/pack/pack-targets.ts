import { monthIndex } from '../../analytics/months';
import { multiPolygonCentroid } from '../../analytics/tasking/polygonArea';
import type { TargetBeforeAfter } from '../before-after';
import type { Candidate } from '../candidate';
import type {
  BngMultiPolygon,
  MonthId,
  PlaceKind,
  ProblemStatement,
  TargetEvent,
  TargetStatus,
  TaskingState,
} from '../tasking-state';

/**
 * Where a target sits in the pack: existing targets (active, escalated, or closed and still
 * monitored) under item 3, nominations under item 4, the rest only in the target table.
 */
export type PackSection = 'existing' | 'nomination' | 'archived';

/** A target with everything the pack, the CSV and the GeoJSON show of it. */
export interface PackTarget {
  id: string;
  name: string;
  status: TargetStatus;
  section: PackSection;
  leadAgency: string | null;
  nominatedMonth: MonthId;
  taskedMonth: MonthId | null;
  closure: { reason: string; monitorUntil: MonthId } | null;
  problem: ProblemStatement;
  origin: { kind: PlaceKind; ref: string | null };
  geometry: BngMultiPolygon;
  /** Area-weighted centroid (holes subtracted), BNG metres; null for an empty geometry. */
  centroid: [number, number] | null;
  history: TargetEvent[];
  /** Only once tasked: a nominated target has no before/after yet. */
  beforeAfter: TargetBeforeAfter | null;
  /** This month's candidate at the same place (matched by overlap), if the analysis found one. */
  evidence: Candidate | null;
}

/** Every target of the state with its before/after record and this month's evidence. */
export function packTargets(
  state: TaskingState,
  candidates: readonly Candidate[],
  beforeAfter: readonly TargetBeforeAfter[],
  meetingMonth: MonthId,
): PackTarget[] {
  return state.targets.map((t) => ({
    id: t.id,
    name: t.name,
    status: t.status,
    section: sectionOf(t.status, t.closure, meetingMonth),
    leadAgency: t.leadAgency,
    nominatedMonth: t.nominatedMonth,
    taskedMonth: t.taskedMonth,
    closure: t.closure,
    problem: t.problem,
    origin: t.origin,
    geometry: t.geometry,
    centroid: multiPolygonCentroid(t.geometry),
    history: t.history,
    beforeAfter:
      t.taskedMonth === null ? null : (beforeAfter.find((b) => b.targetId === t.id) ?? null),
    evidence:
      candidates.find((c) => c.targetId === t.id) ??
      candidates.find((c) => t.origin.ref !== null && c.id === t.origin.ref) ??
      null,
  }));
}

function sectionOf(
  status: TargetStatus,
  closure: PackTarget['closure'],
  month: MonthId,
): PackSection {
  if (status === 'nominated') return 'nomination';
  if (status === 'active' || status === 'escalated') return 'existing';
  if (status === 'closed' && closure && monthIndex(closure.monitorUntil) >= monthIndex(month))
    return 'existing';
  return 'archived';
}

/** What the meeting decides for a target, as a line to fill in. */
export function decisionPrompt(target: Pick<PackTarget, 'section'>): string {
  const blank = '______________________';
  return target.section === 'nomination'
    ? `accept (lead agency, problem statement) / decline (reason): ${blank}`
    : `continue / escalate / close (reason): ${blank}`;
}
