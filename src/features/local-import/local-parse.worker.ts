/// <reference lib="webworker" />
import type { InputFile } from '../../ingest/input-file';
import { blobInput } from '../../ingest/input-file';
import { distinctValueCounts } from '../../ingest/local/column-values';
import { byteOrderMark } from '../../ingest/local/encoding';
import { sniffFileKind } from '../../ingest/local/file-kind';
import { loadLocalExtract } from '../../ingest/local/load';
import { openLocalTable, previewLocalTable } from '../../ingest/local/open-table';
import { ForwardingConnector } from './forwarding-connector';
import type { FromParseWorker, ParseJob, ParseOutcome, ToParseWorker } from './parse-protocol';

// Reads, decodes, parses and types a local extract off the page's thread. DuckDB calls are
// forwarded to the page (which owns the connector); the page stays free while a large file loads.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromParseWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);
const connector = new ForwardingConnector((request, transfer) => post(request, transfer));
let cancelled = false;

/** The file as an input that reports each pass over its bytes (for progress) and stops once cancelled. */
function watchedInput(
  name: string,
  file: Blob,
  onBytes: (pass: number, bytes: number) => void,
): InputFile {
  const input = blobInput(name, file);
  let passes = 0;
  return {
    ...input,
    chunks: async function* () {
      const pass = passes++;
      for await (const chunk of input.chunks()) {
        if (cancelled) throw new Error('loading was cancelled');
        onBytes(pass, chunk.byteLength);
        yield chunk;
      }
    },
  };
}

/**
 * How many times a load reads the file: a CSV without a byte-order mark is scanned for its
 * encoding, an 'auto' date format reads the date column first, then the rows are loaded.
 */
async function passesOverFile(name: string, file: Blob, job: ParseJob): Promise<number> {
  if (job.kind !== 'load') return 1;
  const head = new Uint8Array(await file.slice(0, 16 * 1024).arrayBuffer());
  if (sniffFileKind(head, name).kind !== 'csv') return 1;
  const autoDates =
    !job.options.dateFormatOverride && job.options.columnMapping.dateFormat === 'auto';
  return 1 + (byteOrderMark(head) ? 0 : 1) + (autoDates ? 1 : 0);
}

async function run(name: string, file: Blob, job: ParseJob): Promise<ParseOutcome> {
  const passes = await passesOverFile(name, file, job);
  const size = Math.max(file.size, 1);
  let [pass, bytesInPass, rows, lastPost] = [0, 0, 0, 0];
  const report = (force = false) => {
    const now = Date.now();
    if (!force && now - lastPost < 100) return;
    lastPost = now;
    const done = Math.min(pass, passes - 1) + Math.min(bytesInPass / size, 1);
    post({
      type: 'progress',
      fraction: done / passes,
      rows,
      pass: Math.min(pass, passes - 1) + 1,
      passes,
    });
  };
  const input = watchedInput(name, file, (at, bytes) => {
    if (at !== pass) [pass, bytesInPass] = [at, 0];
    bytesInPass += bytes;
    report();
  });
  if (job.kind === 'preview')
    return { kind: 'preview', preview: await previewLocalTable(input, { sheet: job.sheet }) };
  if (job.kind === 'codes') {
    const table = await openLocalTable(input, { sheet: job.sheet });
    return { kind: 'codes', codes: await distinctValueCounts(table, job.column) };
  }
  const loaded = await loadLocalExtract(connector, input, {
    ...job.options,
    batchSize: 25_000,
    onProgress: (read) => {
      rows = read;
      report(true);
    },
  });
  return { kind: 'load', report: loaded };
}

scope.onmessage = (event: MessageEvent<ToParseWorker>) => {
  const message = event.data;
  if (message.type === 'sql-reply') connector.receive(message);
  else if (message.type === 'cancel') {
    cancelled = true;
    connector.cancel();
  } else {
    run(message.name, message.file, message.job).then(
      (outcome) => post({ type: 'done', ok: true, outcome }),
      (error: unknown) =>
        post({
          type: 'done',
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  }
};
