/// <reference lib="webworker" />
import type { BacktestJob } from './backtest-worker-client';
import type { BacktestReportDetail } from './backtest-report';
import { backtestFromPoints } from './backtest-report';
import type { WorkerAnswer, WorkerRequest } from './worker-jobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest<BacktestJob>>) => {
  const { id, job } = event.data;
  try {
    const result = backtestFromPoints(job.points, job.options)[0] as BacktestReportDetail;
    scope.postMessage({ id, ok: true, result } satisfies WorkerAnswer<BacktestReportDetail>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      id,
      ok: false,
      error: message,
    } satisfies WorkerAnswer<BacktestReportDetail>);
  }
};
