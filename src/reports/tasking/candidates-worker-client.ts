import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';
import type { CandidatesWorkerRequest, CandidatesWorkerResponse } from './candidates.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: CandidatesJobResult) => void; reject: (e: Error) => void }
>();

function candidatesWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./candidates.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<CandidatesWorkerResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (!waiting) return;
    if (answer.ok) waiting.resolve(answer.result);
    else waiting.reject(new Error(answer.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message));
    pending.clear();
  };
  return worker;
}

/**
 * Runs the candidates job in its own worker, so the page stays responsive while Gi*, the
 * space-time patterns and every place's evidence are computed: pass it as `run` to
 * `taskingCandidatesReport`. The typed arrays the report built for the job are transferred
 * (the report does not use them again).
 */
export function runCandidatesJobInWorker(job: CandidatesJob): Promise<CandidatesJobResult> {
  const id = nextId++;
  const request: CandidatesWorkerRequest = { id, job };
  const arrays = [
    job.eastings,
    job.northings,
    job.monthIndex,
    job.categoryIndex,
    job.locationIndex,
    ...(job.areaIndex ? [job.areaIndex] : []),
  ];
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    candidatesWorker().postMessage(
      request,
      arrays.map((a) => a.buffer as ArrayBuffer),
    );
  });
}
