/// <reference lib="webworker" />
import { runCandidatesJob } from './candidates-job';
import type { CandidatesJob, CandidatesJobResult } from './candidates-job-types';
import { answerJobs } from '../worker-jobs';

answerJobs<CandidatesJob, CandidatesJobResult>(runCandidatesJob);
