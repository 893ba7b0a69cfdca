/// <reference lib="webworker" />
import { runHotspotJob } from './hotspot-job';
import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';

/** A job with the id the page uses to match the answer. */
export interface HotspotWorkerRequest {
  id: number;
  job: HotspotJob;
}

export type HotspotWorkerResponse =
  { id: number; ok: true; result: HotspotJobResult } | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<HotspotWorkerRequest>) => {
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
    scope.postMessage({ id, ok: true, result } satisfies HotspotWorkerResponse, transfer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, ok: false, error: message } satisfies HotspotWorkerResponse);
  }
};
