import { parquetMetadata, parquetRead } from 'hyparquet';
import type { FileMetaData } from 'hyparquet';
import type { ColumnData } from '../../db/connector';
import { INCIDENT_COLUMNS } from '../../sql/ingest-parquet';
import type { IncidentColumnKind } from '../../sql/ingest-parquet';
import type { InputFile } from '../input-file';

/** The key-value entry an incidents Parquet file written by this app carries, and its version. */
export const INCIDENTS_PARQUET_FORMAT_KEY = 'csp-incidents-format';
export const INCIDENTS_PARQUET_FORMAT_VERSION = 1;

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** True when the bytes start the way every Parquet file does. */
export function looksLikeParquet(head: Uint8Array): boolean {
  return MAGIC.every((byte, i) => head[i] === byte);
}

export interface OpenedParquet {
  bytes: ArrayBuffer;
  metadata: FileMetaData;
  rows: number;
}

/**
 * Reads the whole file (Parquet keeps its index at the end) and checks it is an incidents file:
 * every column of the incidents table present, and a format version this app can read.
 * Throws an Error whose message says what is wrong.
 */
export async function openIncidentsParquet(file: InputFile): Promise<OpenedParquet> {
  const bytes = await wholeFile(file);
  const view = new Uint8Array(bytes);
  if (!looksLikeParquet(view) || !looksLikeParquet(view.subarray(view.length - 4))) {
    throw new Error('not a Parquet file (it does not start and end with "PAR1")');
  }
  const metadata = parquetMetadata(bytes);
  const present = new Set(metadata.schema.map((element) => element.name));
  const missing = INCIDENT_COLUMNS.filter(({ name }) => !present.has(name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new Error(
      `not an incidents Parquet file: no column ${missing.join(', ')} (write one with \`npm run cli -- export … --parquet FILE\`)`,
    );
  }
  const version = metadata.key_value_metadata?.find(
    (kv) => kv.key === INCIDENTS_PARQUET_FORMAT_KEY,
  );
  if (version?.value && Number(version.value) > INCIDENTS_PARQUET_FORMAT_VERSION) {
    throw new Error(
      `written in incidents format ${version.value}; this version of the app reads up to ${INCIDENTS_PARQUET_FORMAT_VERSION}`,
    );
  }
  return { bytes, metadata, rows: Number(metadata.num_rows) };
}

/**
 * The file's rows a row group at a time, as columns ready for `createTableFromColumns`: dates as
 * `YYYY-MM-DD` text, times as epoch milliseconds, plus `file_row` (1 = the file's first row).
 */
export async function* parquetBatches(
  opened: OpenedParquet,
): AsyncGenerator<Record<string, ColumnData>> {
  let rowStart = 0;
  for (const group of opened.metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const raw = await readRange(opened, rowStart, rowEnd);
    const batch: Record<string, ColumnData> = { file_row: rowNumbers(rowStart, rowEnd) };
    for (const { name, kind } of INCIDENT_COLUMNS) {
      batch[name] = convert(raw.get(name) ?? [], kind, name, rowStart);
    }
    yield batch;
    rowStart = rowEnd;
  }
}

async function readRange(
  opened: OpenedParquet,
  rowStart: number,
  rowEnd: number,
): Promise<Map<string, unknown[]>> {
  const columns = new Map<string, unknown[]>();
  await parquetRead({
    file: opened.bytes,
    metadata: opened.metadata,
    columns: INCIDENT_COLUMNS.map((c) => c.name),
    rowStart,
    rowEnd,
    onChunk: (chunk) => {
      const values = columns.get(chunk.columnName) ?? new Array<unknown>(rowEnd - rowStart);
      const data = chunk.columnData as ArrayLike<unknown>;
      for (let i = 0; i < data.length; i++) {
        const row = chunk.rowStart + i;
        if (row >= rowStart && row < rowEnd) values[row - rowStart] = data[i];
      }
      columns.set(chunk.columnName, values);
    },
  });
  return columns;
}

function rowNumbers(rowStart: number, rowEnd: number): Float64Array {
  const rows = new Float64Array(rowEnd - rowStart);
  for (let i = 0; i < rows.length; i++) rows[i] = rowStart + i + 1;
  return rows;
}

/** Throws, naming the column and row, for a value its column's kind cannot hold: never dropped. */
function convert(
  values: unknown[],
  kind: IncidentColumnKind,
  column: string,
  rowStart: number,
): ColumnData {
  const out: (string | number | null)[] = new Array<string | number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const converted = convertValue(value, kind);
    if (converted === undefined) {
      throw new Error(
        `column ${column}, row ${rowStart + i + 1}: "${String(value)}" is not ${kind === 'timestamp' ? 'a time' : 'a number'}`,
      );
    }
    out[i] = converted;
  }
  return out as ColumnData;
}

/** The value as the stage holds it; undefined when it cannot be one. */
function convertValue(
  value: unknown,
  kind: IncidentColumnKind,
): string | number | null | undefined {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'text':
      return String(value);
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    case 'timestamp': {
      const ms =
        value instanceof Date ? value.getTime() : typeof value === 'bigint' ? Number(value) : value;
      return typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
    }
    case 'integer':
    case 'double': {
      const number = Number(value);
      return Number.isFinite(number) ? number : undefined;
    }
  }
}

async function wholeFile(file: InputFile): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for await (const chunk of file.chunks()) {
    bytes.set(chunk.subarray(0, Math.max(0, bytes.length - at)), at);
    at += chunk.length;
  }
  if (at !== file.size) throw new Error(`read ${at} bytes where the file has ${file.size}`);
  return bytes.buffer;
}
