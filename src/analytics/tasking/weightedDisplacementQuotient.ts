/** Incidents of one zone in the periods before and after a response began. */
export interface PeriodCounts {
  before: number;
  after: number;
}

/** Counts of the three zones of a displacement check. */
export interface DisplacementCounts {
  /** R: the target (response) area. */
  target: PeriodCounts;
  /** B: the buffer ring around it. */
  buffer: PeriodCounts;
  /** C: the control area (e.g. the rest of the borough). */
  control: PeriodCounts;
}

/** Why a WDQ cannot be read, or null when it can. */
export type WdqObstacle = 'no-control-incidents' | 'target-not-improved' | null;

/** The success measure R_a/C_a − R_b/C_b (negative when the target improved against control). */
function successMeasure({ target, control }: DisplacementCounts): number {
  return target.after / control.after - target.before / control.before;
}

/**
 * Why the WDQ of these counts is not meaningful: a control period without incidents (the
 * ratios to control are undefined), or a success measure that is not negative (the target did
 * not improve relative to control, so there is no gain to weigh displacement against).
 */
export function wdqObstacle(counts: DisplacementCounts): WdqObstacle {
  if (!(counts.control.before > 0 && counts.control.after > 0)) return 'no-control-incidents';
  return successMeasure(counts) < 0 ? null : 'target-not-improved';
}

/**
 * Weighted Displacement Quotient (Bowers & Johnson 2003), with R the target, B the buffer ring,
 * C the control, b before and a after:
 *
 *   WDQ = (B_a/C_a − B_b/C_b) / (R_a/C_a − R_b/C_b)
 *
 * the buffer's change relative to control (displacement measure) over the target's (success
 * measure). Counts, not rates: each ratio is within one period, so unequal period lengths cancel.
 * Null unless every control count is above zero and the denominator is negative (the target
 * improved relative to control; see {@link wdqObstacle}). Reading it: WDQ > 0, diffusion of
 * benefit to the buffer; 0 > WDQ > −1, some displacement, smaller than the gain; WDQ < −1,
 * displacement larger than the gain; WDQ = 0, neither ({@link wdqReading}).
 */
export function weightedDisplacementQuotient(counts: DisplacementCounts): number | null {
  if (wdqObstacle(counts) !== null) return null;
  const { buffer, control } = counts;
  const displacement = buffer.after / control.after - buffer.before / control.before;
  // 0/x is +0 or −0 by the sign of x; report plain 0 when the buffer did not move.
  return displacement === 0 ? 0 : displacement / successMeasure(counts);
}

/** The interpretation band of a WDQ, in words for a pack. */
export function wdqReading(wdq: number): string {
  if (wdq > 0) return 'diffusion of benefit to the surrounding area';
  if (wdq === 0) return 'neither displacement nor diffusion of benefit';
  if (wdq > -1) return 'some displacement to the surrounding area, smaller than the gain';
  if (wdq === -1) return 'displacement to the surrounding area as large as the gain';
  return 'displacement to the surrounding area larger than the gain';
}
