import type {
  BacktestPoints,
  BacktestReportDetail,
  BacktestReportOptions,
} from './backtest-report';
import { workerJobs } from './worker-jobs';

/** The points of a backtest and its settings, as sent to the backtest worker. */
export interface BacktestJob {
  points: BacktestPoints;
  options: BacktestReportOptions;
}

const backtestJobs = workerJobs<BacktestJob, BacktestReportDetail>(
  () => new Worker(new URL('./backtest.worker.ts', import.meta.url), { type: 'module' }),
);

/**
 * Scores the rankings in their own worker, so a filter change never waits on the backtest's
 * months × methods × cells on the page's thread: pass it as `score` to `backtestReportDetail`.
 * The points were read for this job only, so their arrays are transferred.
 */
export function scoreBacktestInWorker(
  points: BacktestPoints,
  options: BacktestReportOptions,
): Promise<BacktestReportDetail> {
  const arrays = [points.eastings, points.northings, points.monthIndex, points.weights];
  return backtestJobs(
    { points, options },
    arrays.map((a) => a.buffer as ArrayBuffer),
  );
}
