import type { ColumnValueCounts } from '../../ingest/local/column-values';
import type { LocalLoadOptions } from '../../ingest/local/load';
import type { LocalFileLoadReport } from '../../ingest/local/local-report';
import type { LocalTablePreview } from '../../ingest/local/open-table';
import type { SqlReply, SqlRequest } from './forwarding-connector';

/** What the parse worker is asked to do with one file. */
export type ParseJob =
  | { kind: 'preview'; sheet?: string }
  | { kind: 'codes'; sheet?: string; column: string }
  | { kind: 'load'; options: Omit<LocalLoadOptions, 'onProgress' | 'batchSize'> };

/** The answer to each kind of job. */
export type ParseOutcome =
  | { kind: 'preview'; preview: LocalTablePreview }
  | { kind: 'codes'; codes: ColumnValueCounts }
  | { kind: 'load'; report: LocalFileLoadReport };

/** Page → worker. */
export type ToParseWorker =
  { type: 'start'; name: string; file: Blob; job: ParseJob } | { type: 'cancel' } | SqlReply;

/** Worker → page. `fraction` is 0–1 by bytes read over the expected passes over the file. */
export type FromParseWorker =
  | SqlRequest
  | { type: 'progress'; fraction: number; rows: number; pass: number; passes: number }
  | { type: 'done'; ok: true; outcome: ParseOutcome }
  | { type: 'done'; ok: false; error: string };
