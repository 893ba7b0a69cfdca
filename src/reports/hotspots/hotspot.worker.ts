/// <reference lib="webworker" />
import { runHotspotJob } from './hotspot-job';
import type { HotspotJob, HotspotJobResult } from './hotspot-job-result';
import { answerJobs } from '../worker-jobs';

answerJobs<HotspotJob, HotspotJobResult>(runHotspotJob, (result) =>
  [result.ix, result.iy, result.count, result.value, result.code, result.corners].map(
    (a) => a.buffer as ArrayBuffer,
  ),
);
