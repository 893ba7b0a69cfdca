import type { TextEncodingName } from './encoding';
import type { Delimiter } from './delimiter';

/** A batch of data rows, all cells as text, with the line (CSV) or sheet row (Excel) of each. */
export interface RowBatch {
  rows: string[][];
  lines: number[];
  /** Rows that cannot be read as they stand, by line, with why (held back as malformed). */
  malformed?: Map<number, string>;
}

/**
 * A local extract opened for reading: its header and a way to stream its rows in batches, so a
 * million-row file never becomes one giant array. Reading the rows twice is allowed (the loader
 * scans once to detect the date format, then again to load).
 */
export interface LocalTable {
  fileName: string;
  format: 'csv' | 'xlsx';
  header: string[];
  /** CSV only: the detected text encoding. */
  encoding: TextEncodingName | null;
  /** CSV only: the detected delimiter. */
  delimiter: Delimiter | null;
  /** Excel only: every sheet's name, and the one being read. */
  sheetNames: string[];
  sheet: string | null;
  /** Things the user should know about the file itself (e.g. "header only: no data rows"). */
  notes: string[];
  /** Physical lines (CSV) or sheet rows (Excel) of the last complete read; null before one. */
  linesRead: number | null;
  /** Streams the data rows (header excluded) in batches of about `batchSize`. */
  batches(batchSize?: number): AsyncIterable<RowBatch>;
}

/** Thrown when a file cannot be read as a table at all; the message is for the user. */
export class LocalReadError extends Error {
  constructor(
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'LocalReadError';
  }
}

export const DEFAULT_BATCH_SIZE = 50_000;
