import { workerJobs } from '../worker-jobs';
import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';

const hotspotJobs = workerJobs<HotspotJob, HotspotJobResult>(
  () => new Worker(new URL('./hotspot.worker.ts', import.meta.url), { type: 'module' }),
);

/**
 * Runs a grid method in the one hotspot worker, so the page never freezes while Gi*, KDE or the
 * space-time cube are computed. The point arrays are copied and the copies transferred, so the
 * caller's (cached) arrays stay usable.
 */
export function runHotspotJobInWorker(job: HotspotJob): Promise<HotspotJobResult> {
  const copy: HotspotJob = {
    ...job,
    eastings: job.eastings.slice(),
    northings: job.northings.slice(),
    monthIndex: job.monthIndex.slice(),
  };
  return hotspotJobs(copy, [
    copy.eastings.buffer as ArrayBuffer,
    copy.northings.buffer as ArrayBuffer,
    copy.monthIndex.buffer as ArrayBuffer,
  ]);
}
