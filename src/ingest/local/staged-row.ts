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

const TEXT_FIELDS = [
  'source', 'ref', 'month', 'occurredAt', 'unlocatedReason', 'location', 'lsoaCode', 'lsoaName',
  'originalType', 'category', 'context', 'heldKind', 'heldReason', 'warnKind', 'warnReason', 'raw',
] as const;
const NUMBER_FIELDS = ['record', 'line', 'longitude', 'latitude', 'easting', 'northing'] as const;

/**
 * Collects staged rows column by column for one bulk insert. Text is never null ('' instead) so
 * the connector types every text column as text; NaN numbers become NULL.
 */
export class StagedColumns {
  private text: Record<(typeof TEXT_FIELDS)[number], string[]> = StagedColumns.emptyText();
  private numbers: Record<(typeof NUMBER_FIELDS)[number], number[]> = StagedColumns.emptyNumbers();

  get length(): number {
    return this.numbers.record.length;
  }

  push(row: StagedRow): void {
    for (const f of TEXT_FIELDS) this.text[f].push(row[f]);
    for (const f of NUMBER_FIELDS) this.numbers[f].push(row[f]);
  }

  /** The columns (named as in the staging table) and a fresh, empty builder state. */
  take(): Record<string, Float64Array | string[]> {
    const columns: Record<string, Float64Array | string[]> = {};
    for (const f of NUMBER_FIELDS) columns[snake(f)] = Float64Array.from(this.numbers[f]);
    for (const f of TEXT_FIELDS) columns[snake(f)] = this.text[f];
    this.text = StagedColumns.emptyText();
    this.numbers = StagedColumns.emptyNumbers();
    return columns;
  }

  private static emptyText(): Record<(typeof TEXT_FIELDS)[number], string[]> {
    return Object.fromEntries(TEXT_FIELDS.map((f) => [f, [] as string[]])) as Record<(typeof TEXT_FIELDS)[number], string[]>;
  }

  private static emptyNumbers(): Record<(typeof NUMBER_FIELDS)[number], number[]> {
    return Object.fromEntries(NUMBER_FIELDS.map((f) => [f, [] as number[]])) as Record<(typeof NUMBER_FIELDS)[number], number[]>;
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
