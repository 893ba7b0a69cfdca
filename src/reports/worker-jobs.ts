/** A job with the id the page uses to match the answer. */
export interface WorkerRequest<Job> {
  id: number;
  job: Job;
}

/** What a job worker answers: the request's id with its result, or the error's message. */
export type WorkerAnswer<Result> =
  { id: number; ok: true; result: Result } | { id: number; ok: false; error: string };

/**
 * Sends jobs to one worker, created on the first job, and matches each answer to its request by
 * id; a worker that fails fails every job still waiting. `create` must call `new Worker(new
 * URL('./x.worker.ts', import.meta.url))` itself, so the bundler finds the worker.
 */
export function workerJobs<Job, Result>(
  create: () => Worker,
): (job: Job, transfer: Transferable[]) => Promise<Result> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  const started = (): Worker => {
    if (worker) return worker;
    worker = create();
    worker.onmessage = (event: MessageEvent<WorkerAnswer<Result>>) => {
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
  };
  return (job, transfer) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      started().postMessage({ id, job }, transfer);
    });
  };
}

/** The part of a worker's global scope that {@link answerJobs} uses. */
interface JobScope<Job> {
  onmessage: ((event: MessageEvent<WorkerRequest<Job>>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * Answers each job posted to this worker with `run`'s result, or the error's message; the
 * buffers `transfer` names move to the page instead of being copied. Call once, in a worker.
 */
export function answerJobs<Job, Result>(
  run: (job: Job) => Result,
  transfer: (result: Result) => Transferable[] = () => [],
): void {
  const scope = self as unknown as JobScope<Job>;
  scope.onmessage = (event) => {
    const { id, job } = event.data;
    try {
      const result = run(job);
      const answer: WorkerAnswer<Result> = { id, ok: true, result };
      scope.postMessage(answer, transfer(result));
    } catch (error) {
      const answer: WorkerAnswer<Result> = {
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
      scope.postMessage(answer);
    }
  };
}
