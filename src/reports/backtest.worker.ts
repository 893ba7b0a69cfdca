/// <reference lib="webworker" />
import type { BacktestJob } from './backtest-worker-client';
import type { BacktestReportDetail } from './backtest-report';
import { backtestFromPoints } from './backtest-report';
import { answerJobs } from './worker-jobs';

answerJobs<BacktestJob, BacktestReportDetail>(
  (job) => backtestFromPoints(job.points, job.options)[0] as BacktestReportDetail,
);
