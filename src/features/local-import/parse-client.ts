import type { DuckConnector } from '../../db/connector';
import type { ColumnValueCounts } from '../../ingest/local/column-values';
import type { LocalLoadOptions } from '../../ingest/local/load';
import type { LocalFileLoadReport } from '../../ingest/local/local-report';
import type { LocalTablePreview } from '../../ingest/local/open-table';
import { answerSqlRequest } from './forwarding-connector';
import type { FromParseWorker, ParseJob, ParseOutcome, ToParseWorker } from './parse-protocol';

/** Progress of a job in the parse worker: 0–1 by bytes over all passes, the pass, rows typed (loads). */
export interface ParseProgress {
  fraction: number;
  rows: number;
  pass: number;
  passes: number;
}

interface RunOptions {
  db?: DuckConnector;
  onProgress?: (progress: ParseProgress) => void;
  signal?: AbortSignal;
}

/**
 * Runs one job on a file in a fresh parse worker, answering its database calls with `db`. On
 * abort, a preview or code count stops at once; a load is told to cancel and is awaited, so its
 * staging table is dropped and nothing half-loaded is left behind.
 */
function runParseJob(
  name: string,
  file: Blob,
  job: ParseJob,
  options: RunOptions,
): Promise<ParseOutcome> {
  const worker = new Worker(new URL('./local-parse.worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (message: ToParseWorker) => worker.postMessage(message);
  return new Promise<ParseOutcome>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      send({ type: 'cancel' });
      if (job.kind !== 'load') {
        finish();
        reject(new DOMException('cancelled', 'AbortError'));
      }
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<FromParseWorker>) => {
      const message = event.data;
      if (message.type === 'sql') {
        if (!options.db)
          send({ type: 'sql-reply', id: message.id, ok: false, error: 'no database' });
        else void answerSqlRequest(options.db, message).then(send);
      } else if (message.type === 'progress') options.onProgress?.(message);
      else {
        finish();
        if (message.ok) resolve(message.outcome);
        else reject(new Error(message.error));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the parse worker failed'));
    };
    send({ type: 'start', name, file, job });
  });
}

/** Header, first rows, sheets, encoding and delimiter, read in the worker. */
export async function previewInWorker(
  name: string,
  file: Blob,
  sheet?: string,
): Promise<LocalTablePreview> {
  const outcome = await runParseJob(name, file, { kind: 'preview', sheet }, {});
  if (outcome.kind !== 'preview') throw new Error('unexpected answer from the parse worker');
  return outcome.preview;
}

/** Every distinct value of the code column with its count, counted in the worker. */
export async function codeCountsInWorker(
  name: string,
  file: Blob,
  column: string,
  sheet?: string,
): Promise<ColumnValueCounts> {
  const outcome = await runParseJob(name, file, { kind: 'codes', column, sheet }, {});
  if (outcome.kind !== 'codes') throw new Error('unexpected answer from the parse worker');
  return outcome.codes;
}

/** Loads the file into `db`: parsing and typing in the worker, inserts through the page's connector. */
export async function loadInWorker(
  db: DuckConnector,
  name: string,
  file: Blob,
  options: Omit<LocalLoadOptions, 'onProgress' | 'batchSize'>,
  onProgress: (progress: ParseProgress) => void,
  signal: AbortSignal,
): Promise<LocalFileLoadReport> {
  const outcome = await runParseJob(
    name,
    file,
    { kind: 'load', options },
    { db, onProgress, signal },
  );
  if (outcome.kind !== 'load') throw new Error('unexpected answer from the parse worker');
  return outcome.report;
}
