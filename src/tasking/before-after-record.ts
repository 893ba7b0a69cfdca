import { monthFromIndex, monthIndex, monthLabel, monthRange, monthRuns } from '../analytics/months';
import {
  wdqObstacle,
  weightedDisplacementQuotient,
} from '../analytics/tasking/weightedDisplacementQuotient';
import { exactPoissonRateRatio } from '../analytics/trends/poissonRateRatio';
import type { TargetBeforeAfter, ZoneCounts } from './before-after';
import type { MonthId } from './tasking-state';

/** Incidents per month of one zone; a covered month absent here is a true zero. */
export type MonthlyCounts = ReadonlyMap<MonthId, number>;

/** What {@link buildTargetBeforeAfter} needs: the pivot, the months with data and the counts. */
export interface BeforeAfterInput {
  targetId: string;
  taskedMonth: MonthId | null;
  meetingMonth: MonthId;
  /** Months holding any data at all (any category): the others are missing, never zero. */
  coveredMonths: readonly MonthId[];
  counts: { target: MonthlyCounts; buffer: MonthlyCounts; control: MonthlyCounts };
  bufferMetres: number;
}

/** The two periods of a before/after record and the months without data inside their span. */
export interface BeforeAfterPeriods {
  before: MonthId[];
  after: MonthId[];
  missing: MonthId[];
  /** Latest month with data up to the meeting month, null when there is none. */
  dataEnds: MonthId | null;
}

/**
 * After: the months with data from `taskedMonth` through the meeting month. Before: as many
 * months with data, walking back from the month before `taskedMonth` over any without, but no
 * further back than twice the after period's length (fewer months when the data start later
 * or have a long gap). Months without data inside either span are `missing`, in neither period.
 */
export function beforeAfterPeriods(
  taskedMonth: MonthId,
  meetingMonth: MonthId,
  coveredMonths: readonly MonthId[],
): BeforeAfterPeriods {
  const last = monthIndex(meetingMonth);
  const pivot = monthIndex(taskedMonth);
  const covered = [...new Set(coveredMonths)].filter((m) => monthIndex(m) <= last).sort();
  const dataEnds = covered[covered.length - 1] ?? null;
  const after = covered.filter((m) => monthIndex(m) >= pivot);
  // Walking back skips months without data, but never further than twice the after period's
  // length: a baseline from years before, across a long gap, would say nothing about the target.
  const earliest = pivot - 2 * after.length;
  const earlier = covered.filter((m) => monthIndex(m) < pivot && monthIndex(m) >= earliest);
  const before =
    after.length === 0 ? [] : earlier.slice(Math.max(0, earlier.length - after.length));
  const have = new Set(covered);
  // The span whose months without data are named: from the first before month (or, when the
  // before period came up short, from where the walk back stopped) to the latest data.
  const firstData = covered[0] === undefined ? pivot : monthIndex(covered[0]);
  const spanStart =
    after.length === 0
      ? pivot
      : before.length === after.length
        ? monthIndex(before[0] as MonthId)
        : Math.min(pivot, Math.max(earliest, firstData));
  const spanEnd = after.length > 0 && dataEnds ? monthIndex(dataEnds) : pivot - 1;
  const missing: MonthId[] = [];
  for (let m = spanStart; m <= spanEnd; m++) {
    const month = monthFromIndex(m);
    if (!have.has(month)) missing.push(month);
  }
  return { before, after, missing, dataEnds };
}

function sumOver(counts: MonthlyCounts, months: readonly MonthId[]): number {
  return months.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
}

function zoneCounts(counts: MonthlyCounts, periods: BeforeAfterPeriods): ZoneCounts {
  const before = sumOver(counts, periods.before);
  const after = sumOver(counts, periods.after);
  const compared = periods.before.length > 0 && periods.after.length > 0;
  return {
    before,
    after,
    rateRatio: compared
      ? exactPoissonRateRatio(after, before, {
          currentExposure: periods.after.length,
          previousExposure: periods.before.length,
        })
      : null,
  };
}

const months = (n: number): string => `${n} month${n === 1 ? '' : 's'}`;

/** Names months for a sentence, runs joined: "March 2025 and May 2025 to December 2025". */
function monthList(list: readonly MonthId[]): string {
  const labels = monthRuns(list).map(({ from, to }) =>
    from === to ? monthLabel(from) : `${monthLabel(from)} to ${monthLabel(to)}`,
  );
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Fewer target incidents than this over both periods make the comparison fragile. */
const FEW_INCIDENTS = 10;

/**
 * A target's before/after record from monthly counts of its three zones: totals and exact
 * Poisson rate ratios (after/before per month with data), the Weighted Displacement Quotient,
 * the target's monthly series (null where there is no data) and the caveats in plain words:
 * short periods, seasonality, missing months, why a WDQ is not meaningful, a target never tasked.
 */
export function buildTargetBeforeAfter(input: BeforeAfterInput): TargetBeforeAfter {
  const { targetId, taskedMonth, meetingMonth, bufferMetres } = input;
  if (taskedMonth === null) {
    const none: ZoneCounts = { before: 0, after: 0, rateRatio: null };
    return {
      targetId,
      taskedMonth,
      beforeMonths: [],
      afterMonths: [],
      missingMonths: [],
      target: none,
      buffer: { ...none, widthMetres: bufferMetres },
      control: none,
      wdq: null,
      monthly: [],
      caveats: [`${targetId} has not been tasked, so it has no before/after record yet.`],
    };
  }
  const periods = beforeAfterPeriods(taskedMonth, meetingMonth, input.coveredMonths);
  const { before, after, missing, dataEnds } = periods;
  const target = zoneCounts(input.counts.target, periods);
  const buffer = zoneCounts(input.counts.buffer, periods);
  const control = zoneCounts(input.counts.control, periods);
  const compared = before.length > 0 && after.length > 0;
  const wdq = compared ? weightedDisplacementQuotient({ target, buffer, control }) : null;

  const caveats: string[] = [];
  const tasked = monthLabel(taskedMonth);
  if (after.length === 0)
    caveats.push(
      `No month with data since ${targetId} was tasked in ${tasked}: nothing to compare yet.`,
    );
  else {
    if (before.length === 0)
      caveats.push(`No month with data before ${tasked}: there is no baseline to compare with.`);
    else if (before.length < after.length)
      caveats.push(
        `Only ${months(before.length)} with data before tasking against ${months(after.length)} after: rates per month are compared.`,
      );
    if (after.length < 6)
      caveats.push(
        `Short period: ${months(after.length)} with data since tasking in ${tasked}; a change this soon may be chance.`,
      );
    if (after.length < 12)
      caveats.push(
        `Seasonality not controlled: ${months(after.length)} is less than a year, so compare like months (June with June) before reading a change as an effect.`,
      );
  }
  if (missing.length > 0)
    caveats.push(
      `No data for ${monthList(missing)}: left out of both periods, not counted as zero.`,
    );
  if (dataEnds && monthIndex(dataEnds) < monthIndex(meetingMonth) && after.length > 0)
    caveats.push(`The data run to ${monthLabel(dataEnds)}; later months are not available yet.`);
  if (compared && target.before + target.after < FEW_INCIDENTS)
    caveats.push(
      `Few incidents: ${target.before + target.after} in the target over both periods, so the rate ratio's interval is wide and the WDQ unstable.`,
    );
  if (compared && wdq === null) {
    const obstacle = wdqObstacle({ target, buffer, control });
    caveats.push(
      obstacle === 'no-control-incidents'
        ? 'WDQ not meaningful: the control area has no incidents in one of the periods.'
        : target.before === 0
          ? 'WDQ not meaningful: the target had no incidents before tasking, so there is no gain to weigh displacement against.'
          : 'WDQ not meaningful: the target did not improve relative to the control area, so there is no gain to weigh displacement against.',
    );
  }

  const first = before[0] ?? after[0];
  const last = after[after.length - 1];
  const have = new Set(input.coveredMonths);
  const monthly =
    first && last
      ? monthRange(first, last).map((month) => ({
          month,
          count: have.has(month) ? (input.counts.target.get(month) ?? 0) : null,
        }))
      : [];
  return {
    targetId,
    taskedMonth,
    beforeMonths: before,
    afterMonths: after,
    missingMonths: missing,
    target,
    buffer: { ...buffer, widthMetres: bufferMetres },
    control,
    wdq,
    monthly,
    caveats,
  };
}
