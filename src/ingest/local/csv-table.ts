import type { InputFile } from '../input-file';
import { CsvRecordReader } from './csv-records';
import type { CsvRecord } from './csv-records';
import { sniffDelimiter } from './delimiter';
import { byteOrderMark, detectTextEncoding, textDecoderFor } from './encoding';
import type { TextEncodingName } from './encoding';
import type { LocalTable, RowBatch } from './local-table';
import { DEFAULT_BATCH_SIZE, LocalReadError } from './local-table';

const SNIFF_BYTES = 64 * 1024;

/**
 * Opens a CSV (or tab/semicolon/pipe-separated) extract: detects the encoding over the whole
 * file, the delimiter from its first lines, and reads the header. Rows are streamed later.
 */
export async function openCsvTable(input: InputFile): Promise<LocalTable> {
  const head = await input.head(SNIFF_BYTES);
  const encoding = byteOrderMark(head) ?? (await detectTextEncoding(input.chunks()));
  const sample = textDecoderFor(encoding).decode(head, { stream: true });
  const delimiter = sniffDelimiter(sample);
  const first = await firstRecord(input, encoding, delimiter);
  if (!first) throw new LocalReadError(input.name, 'the file has no header line (it is blank)');
  const header = first.fields.map((name) => name.trim());
  if (header.length < 2) {
    throw new LocalReadError(
      input.name,
      `not a table: the first line has only one column ("${header[0]?.slice(0, 60) ?? ''}"), ` +
        'and no comma, semicolon, tab or pipe separates columns',
    );
  }
  const headerLine = first.line;
  const table: LocalTable = {
    fileName: input.name,
    format: 'csv',
    header,
    encoding,
    delimiter,
    sheetNames: [],
    sheet: null,
    notes: [],
    linesRead: null,
    batches: (batchSize = DEFAULT_BATCH_SIZE) =>
      csvBatches(input, encoding, delimiter, headerLine, batchSize, table),
  };
  return table;
}

async function firstRecord(
  input: InputFile,
  encoding: TextEncodingName,
  delimiter: string,
): Promise<CsvRecord | null> {
  const decoder = textDecoderFor(encoding);
  const reader = new CsvRecordReader(delimiter);
  for await (const chunk of input.chunks()) {
    const records = reader.push(decoder.decode(chunk, { stream: true }));
    if (records[0]) return records[0];
  }
  return reader.push(decoder.decode())[0] ?? reader.finish()[0] ?? null;
}

async function* csvBatches(
  input: InputFile,
  encoding: TextEncodingName,
  delimiter: string,
  headerLine: number,
  batchSize: number,
  table: LocalTable,
): AsyncIterable<RowBatch> {
  const decoder = textDecoderFor(encoding);
  const reader = new CsvRecordReader(delimiter);
  let batch: RowBatch = { rows: [], lines: [] };
  const take = (records: CsvRecord[]): void => {
    for (const record of records) {
      if (record.line <= headerLine) continue;
      batch.rows.push(record.fields);
      batch.lines.push(record.line);
      if (record.unterminated) {
        batch.malformed ??= new Map();
        batch.malformed.set(
          record.line,
          'the file ends inside a quoted field that starts on this line (an unterminated quote): where the row ends is unknown',
        );
      }
    }
  };
  for await (const chunk of input.chunks()) {
    take(reader.push(decoder.decode(chunk, { stream: true })));
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { rows: [], lines: [] };
    }
  }
  take(reader.push(decoder.decode()));
  take(reader.finish());
  table.linesRead = reader.linesRead;
  if (reader.unterminatedQuoteLine !== null) {
    const note = `the file ends inside a quoted field that starts on line ${reader.unterminatedQuoteLine}`;
    if (!table.notes.includes(note)) table.notes.push(note);
  }
  if (batch.rows.length > 0) yield batch;
}
