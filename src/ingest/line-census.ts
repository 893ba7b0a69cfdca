import { CsvQuoting } from './csv-quotes';
import type { InputFile } from './input-file';

/** A row longer than the CSV parser takes, found by counting bytes, not by parsing. */
export interface OverLongRecord {
  /** Record number (1 = first data row after the header). */
  record: number;
  /** Physical line where it starts. */
  line: number;
  /** Byte offset where it starts, and its length without the line break. */
  offset: number;
  bytes: number;
  /** Its first bytes as text, for the report. */
  start: string;
}

/**
 * The file's lines counted apart from the CSV parser, so what the parser loses shows. LF, CRLF
 * and a lone CR each end a physical line; records end at LF outside quotes (a file with lone CRs
 * outside quotes is normalised first, see `mixedLineEnds`).
 */
export interface LineCensus {
  /** Physical lines (a last line without a line break counts). */
  lines: number;
  /** Lines holding nothing but a line break (not records). */
  blankLines: number;
  /** Data records (the header excluded), quoted line breaks honoured. */
  records: number;
  overLong: OverLongRecord[];
  /**
   * True when record-ending line breaks are of more than one kind (LF, CRLF) or include a lone
   * CR: DuckDB's reader takes one kind per file, so such a file is read with its breaks made LF.
   */
  mixedLineEnds: boolean;
}

const LF = 10;
const CR = 13;
const START_BYTES = 200;

/**
 * Counts a CSV's physical lines, blank lines and records in one streaming pass over its bytes,
 * and notes every record longer than `maxRecordBytes`.
 */
export async function takeLineCensus(
  input: InputFile,
  maxRecordBytes: number,
): Promise<LineCensus> {
  const census: LineCensus = {
    lines: 0,
    blankLines: 0,
    records: 0,
    overLong: [],
    mixedLineEnds: false,
  };
  const breaks = { lf: 0, crlf: 0, loneCr: 0 };
  let pendingCr = false;
  let pendingCrOutside = false;
  let line = 1;
  let record = 0;
  let recordLine = 1;
  let recordBytes = 0;
  let recordOffset = 0;
  let offset = 0;
  const quoting = new CsvQuoting();
  let hasContent = false;
  let lastByte = LF;
  let start: number[] = [];
  const closeRecord = (): void => {
    recordBytes -= lastByte === CR ? 2 : 1;
    if (!hasContent) census.blankLines++;
    else {
      if (record > 0 && recordBytes > maxRecordBytes) {
        census.overLong.push({
          record,
          line: recordLine,
          offset: recordOffset,
          bytes: recordBytes,
          start: new TextDecoder().decode(new Uint8Array(start)),
        });
      }
      record++;
    }
    hasContent = false;
    recordBytes = 0;
    recordOffset = offset + 1;
    recordLine = line;
    start = [];
  };
  const endLine = (): void => {
    line++;
    if (!quoting.inQuotes) closeRecord();
  };
  let at = 0;
  for await (const chunk of input.chunks()) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      offset = at + i;
      if (pendingCr) {
        pendingCr = false;
        if (byte !== LF) {
          line++;
          if (pendingCrOutside) breaks.loneCr++;
        }
      }
      const outside = !quoting.inQuotes;
      recordBytes++;
      if (start.length < START_BYTES) start.push(byte);
      quoting.step(byte);
      if (byte === LF) {
        if (outside) breaks[lastByte === CR ? 'crlf' : 'lf']++;
        endLine();
      } else if (byte === CR) {
        pendingCr = true;
        pendingCrOutside = outside;
      } else hasContent = true;
      lastByte = byte;
    }
    at += chunk.length;
  }
  if (pendingCr) {
    line++;
    if (pendingCrOutside) breaks.loneCr++;
  }
  if ((lastByte !== LF && lastByte !== CR) || quoting.inQuotes) {
    if (lastByte !== LF && lastByte !== CR) line++;
    recordBytes++;
    closeRecord();
  }
  census.mixedLineEnds = breaks.loneCr > 0 || (breaks.lf > 0 && breaks.crlf > 0);
  census.lines = line - 1;
  census.records = Math.max(0, record - 1);
  return census;
}
