import type { MonthKey } from './monthlySeries';
import type { XmrChart, XmrPoint } from './xmrChart';

/** The Making Data Count tests for special-cause variation. */
export type SpecialCauseRule = 'pointBeyondLimit' | 'shift' | 'trend' | 'twoOfThreeNearLimit';

/** One pattern found on the chart. */
export interface SpecialCauseSignal {
  rule: SpecialCauseRule;
  /** The months forming the pattern, in order. */
  months: MonthKey[];
  direction: 'up' | 'down';
  assessment: 'concern' | 'improvement';
}

/** Settings for {@link specialCauseSignals}. */
export interface SpecialCauseOptions {
  /** Which way is better; for crime and ASB a fall ('decrease', the default). */
  improvement?: 'increase' | 'decrease';
  /** Points in a row on one side of the mean; Making Data Count uses 7. */
  shiftLength?: number;
  /** Points in a row rising (or falling); Making Data Count's SPC charts use 7 (6 is a run-chart rule). */
  trendLength?: number;
}

/**
 * Applies the NHS England Making Data Count rules to every point of the chart (inside and
 * after the baseline):
 * (a) a point beyond a process limit; (b) a shift: `shiftLength` or more points in a row all above
 * or all below the mean (a point on the mean ends the run); (c) a trend: `trendLength` or more
 * points in a row each higher (or lower) than the one before, where a repeated value neither adds
 * to nor breaks the trend; (d) two of three points in a row beyond a two-sigma line, all three on
 * the same side of the mean: the points beyond the line are reported.
 * Patterns (b)–(d) need consecutive months, so a month with no data ends them.
 */
export function specialCauseSignals(
  chart: XmrChart,
  options: SpecialCauseOptions = {},
): SpecialCauseSignal[] {
  const improvement = options.improvement ?? 'decrease';
  const signal = (rule: SpecialCauseRule, points: XmrPoint[], direction: 'up' | 'down') =>
    ({
      rule,
      months: points.map((p) => p.month),
      direction,
      assessment: (direction === 'up') === (improvement === 'increase') ? 'improvement' : 'concern',
    }) satisfies SpecialCauseSignal;

  const signals: SpecialCauseSignal[] = [];
  for (const run of coveredRuns(chart.points)) {
    for (const p of run) {
      if (p.value > chart.upperProcessLimit) signals.push(signal('pointBeyondLimit', [p], 'up'));
      if (p.value < chart.lowerProcessLimit) signals.push(signal('pointBeyondLimit', [p], 'down'));
    }
    for (const shift of runsBy(run, (p) => Math.sign(p.value - chart.mean))) {
      if (shift.key !== 0 && shift.points.length >= (options.shiftLength ?? 7)) {
        signals.push(signal('shift', shift.points, shift.key > 0 ? 'up' : 'down'));
      }
    }
    for (const trend of trends(run)) {
      if (trend.distinctValues >= (options.trendLength ?? 7)) {
        signals.push(signal('trend', trend.points, trend.direction));
      }
    }
    for (const near of twoOfThreeNearLimit(run, chart)) {
      signals.push(signal('twoOfThreeNearLimit', near.points, near.direction));
    }
  }
  return signals;
}

type CoveredPoint = XmrPoint & { value: number };

function coveredRuns(points: readonly XmrPoint[]): CoveredPoint[][] {
  const runs: CoveredPoint[][] = [];
  let run: CoveredPoint[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ ...p, value: p.value });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function runsBy<T>(items: readonly T[], key: (item: T) => number): { key: number; points: T[] }[] {
  const runs: { key: number; points: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs.at(-1);
    if (last && last.key === k) last.points.push(item);
    else runs.push({ key: k, points: [item] });
  }
  return runs;
}

interface Trend {
  direction: 'up' | 'down';
  points: CoveredPoint[];
  distinctValues: number;
}

function trends(run: readonly CoveredPoint[]): Trend[] {
  const found: Trend[] = [];
  let start = 0;
  let direction = 0;
  let steps = 0;
  const close = (end: number): void => {
    if (direction !== 0) {
      found.push({
        direction: direction > 0 ? 'up' : 'down',
        points: run.slice(start, end + 1),
        distinctValues: steps + 1,
      });
    }
  };
  for (let i = 1; i < run.length; i++) {
    const step = Math.sign((run[i]?.value ?? 0) - (run[i - 1]?.value ?? 0));
    if (step === 0) continue;
    if (direction === 0 || step === direction) {
      direction = step;
      steps++;
    } else {
      close(i - 1);
      start = i - 1;
      direction = step;
      steps = 1;
    }
  }
  close(run.length - 1);
  return found;
}

function twoOfThreeNearLimit(
  run: readonly CoveredPoint[],
  chart: XmrChart,
): { direction: 'up' | 'down'; points: CoveredPoint[] }[] {
  const found: { direction: 'up' | 'down'; points: CoveredPoint[]; lastWindowEnd: number }[] = [];
  for (let i = 0; i + 2 < run.length; i++) {
    const window = run.slice(i, i + 3);
    for (const direction of ['up', 'down'] as const) {
      const sameSide = window.every((p) =>
        direction === 'up' ? p.value > chart.mean : p.value < chart.mean,
      );
      const near = window.filter((p) =>
        direction === 'up' ? p.value > chart.upperTwoSigma : p.value < chart.lowerTwoSigma,
      );
      if (!sameSide || near.length < 2) continue;
      const previous = found.at(-1);
      if (previous && previous.direction === direction && previous.lastWindowEnd >= i) {
        for (const p of near) if (!previous.points.includes(p)) previous.points.push(p);
        previous.lastWindowEnd = i + 2;
      } else found.push({ direction, points: near, lastWindowEnd: i + 2 });
    }
  }
  return found.map(({ direction, points }) => ({ direction, points }));
}
