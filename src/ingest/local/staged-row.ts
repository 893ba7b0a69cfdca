import type { HeldBackKind, WarningKind } from './validation-issues';

/** One row of a local extract after typing, ready for the staging table. */
export interface StagedRow {
  record: number;
  line: number;
  source: string;
  ref: string;
  /** `YYYY-MM-01`, or '' when the date could not be read. */
  month: string;
  /** `YYYY-MM-DD HH:MM:SS`, or ''. */
  occurredAt: string;
  longitude: number;
  latitude: number;
  easting: number;
  northing: number;
  unlocatedReason: string;
  location: string;
  lsoaCode: string;
  lsoaName: string;
  originalType: string;
  category: string;
  context: string;
  heldKind: HeldBackKind | '';
  heldReason: string;
  warnKind: WarningKind | '';
  warnReason: string;
  raw: string;
}

/** The staging columns in file order, with their DuckDB types ('' and NaN are written as NULL). */
export const STAGED_COLUMNS: readonly [keyof StagedRow, string, string][] = [
  ['record', 'record', 'INTEGER'],
  ['line', 'line', 'INTEGER'],
  ['source', 'source', 'VARCHAR'],
  ['ref', 'ref', 'VARCHAR'],
  ['month', 'month', 'DATE'],
  ['occurredAt', 'occurred_at', 'TIMESTAMP'],
  ['longitude', 'longitude', 'DOUBLE'],
  ['latitude', 'latitude', 'DOUBLE'],
  ['easting', 'easting', 'DOUBLE'],
  ['northing', 'northing', 'DOUBLE'],
  ['unlocatedReason', 'unlocated_reason', 'VARCHAR'],
  ['location', 'location', 'VARCHAR'],
  ['lsoaCode', 'lsoa_code', 'VARCHAR'],
  ['lsoaName', 'lsoa_name', 'VARCHAR'],
  ['originalType', 'original_type', 'VARCHAR'],
  ['category', 'category', 'VARCHAR'],
  ['context', 'context', 'VARCHAR'],
  ['heldKind', 'held_kind', 'VARCHAR'],
  ['heldReason', 'held_reason', 'VARCHAR'],
  ['warnKind', 'warn_kind', 'VARCHAR'],
  ['warnReason', 'warn_reason', 'VARCHAR'],
  ['raw', 'raw', 'VARCHAR'],
];

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === '') return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Collects staged rows as CSV lines for one bulk insert through DuckDB's CSV reader: one short
 * string per row rather than an object per row, so a batch of 50,000 rows stays small.
 */
export class StagedBatch {
  private lines: string[] = [];

  get length(): number {
    return this.lines.length;
  }

  push(row: StagedRow): void {
    let line = '';
    for (let i = 0; i < STAGED_COLUMNS.length; i++) {
      if (i > 0) line += ',';
      line += field(row[(STAGED_COLUMNS[i] as [keyof StagedRow, string, string])[0]]);
    }
    this.lines.push(line);
  }

  /** The batch as UTF-8 CSV bytes (no header), leaving the batch empty. */
  take(): Uint8Array {
    const bytes = new TextEncoder().encode(this.lines.join('\n') + '\n');
    this.lines = [];
    return bytes;
  }
}
