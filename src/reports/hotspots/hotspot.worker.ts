/// <reference lib="webworker" />
import { runHotspotJob } from './hotspot-job';
import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';
import type { WorkerAnswer, WorkerRequest } from '../worker-jobs';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest<HotspotJob>>) => {
  const { id, job } = event.data;
  try {
    const result = runHotspotJob(job);
    const transfer = [
      result.ix,
      result.iy,
      result.count,
      result.value,
      result.code,
      result.corners,
    ].map((a) => a.buffer as ArrayBuffer);
    scope.postMessage({ id, ok: true, result } satisfies WorkerAnswer<HotspotJobResult>, transfer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, ok: false, error: message } satisfies WorkerAnswer<HotspotJobResult>);
  }
};
