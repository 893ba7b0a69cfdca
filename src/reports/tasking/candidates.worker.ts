/// <reference lib="webworker" />
import { runCandidatesJob } from './candidates-job';
import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';
import type { WorkerAnswer, WorkerRequest } from '../worker-jobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest<CandidatesJob>>) => {
  const { id, job } = event.data;
  try {
    const result = runCandidatesJob(job);
    scope.postMessage({ id, ok: true, result } satisfies WorkerAnswer<CandidatesJobResult>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      id,
      ok: false,
      error: message,
    } satisfies WorkerAnswer<CandidatesJobResult>);
  }
};
