import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';
import type { HotspotWorkerRequest, HotspotWorkerResponse } from './hotspot.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: HotspotJobResult) => void; reject: (e: Error) => void }
>();

function hotspotWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./hotspot.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<HotspotWorkerResponse>) => {
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
 * Runs a grid method in the one hotspot worker, so the page never freezes while Gi*, KDE or the
 * space-time cube are computed. The point arrays are copied and the copies transferred, so the
 * caller's (cached) arrays stay usable.
 */
export function runHotspotJobInWorker(job: HotspotJob): Promise<HotspotJobResult> {
  const id = nextId++;
  const copy: HotspotJob = {
    ...job,
    eastings: job.eastings.slice(),
    northings: job.northings.slice(),
    monthIndex: job.monthIndex.slice(),
  };
  const request: HotspotWorkerRequest = { id, job: copy };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    hotspotWorker().postMessage(request, [
      copy.eastings.buffer as ArrayBuffer,
      copy.northings.buffer as ArrayBuffer,
      copy.monthIndex.buffer as ArrayBuffer,
    ]);
  });
}
