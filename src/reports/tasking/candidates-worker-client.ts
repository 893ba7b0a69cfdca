import { workerJobs } from '../worker-jobs';
import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';

const candidatesJobs = workerJobs<CandidatesJob, CandidatesJobResult>(
  () => new Worker(new URL('./candidates.worker.ts', import.meta.url), { type: 'module' }),
);

/**
 * Runs the candidates job in its own worker, so the page stays responsive while Gi*, the
 * space-time patterns and every place's evidence are computed: pass it as `run` to
 * `taskingCandidatesReport`. The typed arrays the report built for the job are transferred
 * (the report does not use them again).
 */
export function runCandidatesJobInWorker(job: CandidatesJob): Promise<CandidatesJobResult> {
  const arrays = [
    job.eastings,
    job.northings,
    job.monthIndex,
    job.categoryIndex,
    job.locationIndex,
    ...(job.areaIndex ? [job.areaIndex] : []),
  ];
  return candidatesJobs(
    job,
    arrays.map((a) => a.buffer as ArrayBuffer),
  );
}
