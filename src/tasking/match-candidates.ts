import { monthIndex } from '../analytics/months';
import { boundingBox, boxIntersection } from '../analytics/tasking/boundingBox';
import { mutualOverlap } from '../analytics/tasking/overlapShare';
import type { Candidate } from './candidate';
import type { MonthId, Target, TaskingSettings, TaskingState } from './tasking-state';
import { reopenTarget } from './target-lifecycle';

/**
 * How much a candidate and a target are the same place: the larger of the share of the
 * candidate inside the target and the share of the target inside the candidate, so a small
 * repeat location inside a large target matches, and so does a large cluster around a small one.
 */
export function placeOverlap(
  candidate: Pick<Candidate, 'geometry'>,
  target: Pick<Target, 'geometry'>,
): number {
  if (!boxIntersection(boundingBox(candidate.geometry), boundingBox(target.geometry))) return 0;
  return mutualOverlap(candidate.geometry, target.geometry);
}

/** The target a candidate is the same place as (best overlap ≥ the setting), or null. */
export function matchingTarget(
  candidate: Pick<Candidate, 'geometry'>,
  targets: readonly Target[],
  matchOverlap: number,
): Target | null {
  let best: Target | null = null;
  let bestShare = 0;
  for (const target of targets) {
    const share = placeOverlap(candidate, target);
    // Strictly better, so a tie goes to the target listed first (the older one).
    if (share >= matchOverlap && share > bestShare) {
      best = target;
      bestShare = share;
    }
  }
  return best;
}

/**
 * The candidates with `targetId` set to the existing target each is the same place as: the one
 * with the best {@link placeOverlap}, at least `settings.matchOverlap`. Targets of every status
 * count, closed and declined too, so a place comes back with its history instead of as a new
 * entry. Returns new candidate objects; the ones passed in are not changed.
 */
export function matchCandidatesToTargets(
  candidates: readonly Candidate[],
  targets: readonly Target[],
  settings: Pick<TaskingSettings, 'matchOverlap'>,
): Candidate[] {
  return candidates.map((candidate) => ({
    ...candidate,
    targetId: matchingTarget(candidate, targets, settings.matchOverlap)?.id ?? null,
  }));
}

/** What {@link reopenCrossingTargets} did. */
export interface ReopenedTargets {
  state: TaskingState;
  /** Closed targets past their monitoring that matched a candidate: now nominated again. */
  reopened: string[];
  /** Closed targets still being monitored that matched a candidate: flagged, not reopened. */
  monitoring: string[];
}

/**
 * Closed targets that cross the threshold again (a candidate of meeting `month` is the same
 * place): once their monitoring period has ended (`month` after `closure.monitorUntil`) each is
 * reopened as nominated, keeping id and history, with the event note
 * "crossed the threshold again: <the candidate's sentence>"; while still monitored each is only
 * listed in `monitoring`. The highest-ranked matching candidate gives the sentence.
 */
export function reopenCrossingTargets(
  state: TaskingState,
  candidates: readonly Candidate[],
  month: MonthId,
  who: string,
  now: Date,
): ReopenedTargets {
  const closed = state.targets.filter((t) => t.status === 'closed');
  const crossing = new Map<string, Candidate>();
  for (const candidate of [...candidates].sort((a, b) => a.rank - b.rank)) {
    const target = matchingTarget(candidate, closed, state.settings.matchOverlap);
    if (target && !crossing.has(target.id)) crossing.set(target.id, candidate);
  }
  let next = state;
  const reopened: string[] = [];
  const monitoring: string[] = [];
  for (const target of closed) {
    const candidate = crossing.get(target.id);
    if (!candidate) continue;
    const until = target.closure?.monitorUntil;
    if (until && monthIndex(month) <= monthIndex(until)) {
      monitoring.push(target.id);
      continue;
    }
    next = reopenTarget(
      next,
      target.id,
      `crossed the threshold again: ${candidate.sentence}`,
      who,
      month,
      now,
    );
    reopened.push(target.id);
  }
  return { state: next, reopened, monitoring };
}
