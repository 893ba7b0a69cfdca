/// <reference lib="webworker" />
import { runCandidatesJob } from './candidates-job';
import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';

/** A job with the id the page uses to match the answer. */
export interface CandidatesWorkerRequest {
  id: number;
  job: CandidatesJob;
}

export type CandidatesWorkerResponse =
  { id: number; ok: true; result: CandidatesJobResult } | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CandidatesWorkerRequest>) => {
  const { id, job } = event.data;
  try {
    const result = runCandidatesJob(job);
    scope.postMessage({ id, ok: true, result } satisfies CandidatesWorkerResponse);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, ok: false, error: message } satisfies CandidatesWorkerResponse);
  }
};
