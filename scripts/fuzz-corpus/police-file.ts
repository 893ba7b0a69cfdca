import type { ExpectedOutcome } from './manifest';
import type { Encoding, Eol } from './text-file';
import { csvField, encodeText, layoutRecords } from './text-file';

/** The police.uk street-level columns in the order police.uk writes them. */
export const POLICE_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

export type PoliceColumn = (typeof POLICE_COLUMNS)[number];
export type PoliceRow = Record<PoliceColumn, string>;

/** police.uk street-level data starts in December 2010; no month after 2099-01 is ever valid. */
const FIRST_MONTH = '2010-12';
/** Corpus months are at most this or at least 2099: the expectation does not depend on today. */
const LATEST_VALID_MONTH = '2025-12';
const GB = { west: -8.8, east: 2.0, south: 49.7, north: 61.0 };

/** What one record of a police.uk file must become. */
export type RecordExpectation =
  | { kind: 'loaded'; located: boolean; key: string }
  | { kind: 'rejected'; reason: string }
  | { kind: 'blank' };

/** A record as written (its text may hold quoted breaks) with what must become of it. */
export interface FileRecord {
  text: string;
  expect: RecordExpectation;
}

/** A valid row: a burglary on a street in Derbyshire, for `force` in `month`. */
export function policeRow(force: string, month: string, over: Partial<PoliceRow> = {}): PoliceRow {
  return {
    'Crime ID': '',
    Month: month,
    'Reported by': force,
    'Falls within': force,
    Longitude: '-1.425',
    Latitude: '53.235',
    Location: 'On or near Test Street',
    'LSOA code': 'E01019999',
    'LSOA name': 'Chesterfield 001A',
    'Crime type': 'Burglary',
    'Last outcome category': '',
    Context: '',
    ...over,
  };
}

function number(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
}

/** The identity a re-download shares: force (spacing and case ignored) and month. */
export function policeKey(row: PoliceRow): string {
  const force = row['Reported by'].trim() || row['Falls within'].trim() || 'Unknown force';
  return `${force.replace(/\s+/g, ' ').toLowerCase()}|${row.Month.trim().toLowerCase()}`;
}

/** The documented rules, applied to what the generator wrote: rejected, or loaded (and placed?). */
export function expectPoliceRow(row: PoliceRow): RecordExpectation {
  const month = row.Month.trim();
  if (month === '') return { kind: 'rejected', reason: 'no Month' };
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return { kind: 'rejected', reason: 'is not YYYY-MM' };
  if (month < FIRST_MONTH) return { kind: 'rejected', reason: 'before December 2010' };
  if (month > LATEST_VALID_MONTH) {
    if (month < '2099-01') throw new Error(`corpus month ${month} depends on today's date`);
    return { kind: 'rejected', reason: 'after the current month' };
  }
  if (row['Crime type'].trim() === '') return { kind: 'rejected', reason: 'no Crime type' };
  const lon = number(row.Longitude.trim());
  const lat = number(row.Latitude.trim());
  const located =
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    !(lon === 0 && lat === 0) &&
    lon >= GB.west &&
    lon <= GB.east &&
    lat >= GB.south &&
    lat <= GB.north;
  return { kind: 'loaded', located, key: policeKey(row) };
}

/** A row as a record of a file with these columns (all quoted when `quoteAll`). */
export function policeRecord(
  row: PoliceRow,
  columns: readonly PoliceColumn[] = POLICE_COLUMNS,
  options: { delimiter?: string; quoteAll?: boolean } = {},
): FileRecord {
  const text = columns
    .map((c) => csvField(row[c], options.delimiter ?? ',', options.quoteAll))
    .join(options.delimiter ?? ',');
  return { text, expect: expectPoliceRow(row) };
}

export const BLANK: FileRecord = { text: '', expect: { kind: 'blank' } };

/** A record the generator knows is malformed, with the reason it must be rejected for. */
export function malformed(text: string, reason: string): FileRecord {
  return { text, expect: { kind: 'rejected', reason } };
}

export interface LayoutOptions {
  eol?: Eol | readonly Eol[];
  finalEol?: boolean;
  encoding?: Encoding;
}

/** Rows loaded per identity: what a later load of the same identity replaces. */
export type KeyCounts = Map<string, number>;

/** A written file with its expected outcome under `name`. */
export interface WrittenFile {
  bytes: Uint8Array;
  outcome: ExpectedOutcome;
  keys: KeyCounts;
}

/**
 * Writes a header and records with the layout's line ends and encoding, and derives the expected
 * outcome: lines read, rows loaded and unlocated, each rejected record's start line and reason.
 */
export function writeTable(
  name: string,
  header: string,
  records: readonly FileRecord[],
  layout: LayoutOptions = {},
): WrittenFile {
  const eols = layout.eol ?? '\n';
  const eolAt = (i: number): Eol =>
    typeof eols === 'string' ? (eols as Eol) : ((eols as Eol[])[i % eols.length] as Eol);
  const { text, startLines, lines } = layoutRecords(
    [header, ...records.map((r) => r.text)],
    eolAt,
    layout.finalEol ?? true,
  );
  const keys: KeyCounts = new Map();
  let rowsLoaded = 0;
  let rowsUnlocated = 0;
  const rejected: { line: number; reason: string }[] = [];
  records.forEach((record, i) => {
    const e = record.expect;
    if (e.kind === 'rejected')
      rejected.push({ line: startLines[i + 1] as number, reason: e.reason });
    if (e.kind !== 'loaded') return;
    rowsLoaded++;
    if (!e.located) rowsUnlocated++;
    keys.set(e.key, (keys.get(e.key) ?? 0) + 1);
  });
  return {
    bytes: encodeText(text, layout.encoding ?? 'utf-8'),
    keys,
    outcome: {
      name,
      outcome: 'loaded',
      linesRead: lines,
      rowsLoaded,
      rowsUnlocated,
      rowsReplaced: 0,
      rejected,
    },
  };
}

/** The header police.uk writes, or the given column names, joined. */
export function policeHeader(names: readonly string[] = POLICE_COLUMNS, delimiter = ','): string {
  return names.map((n) => csvField(n, delimiter)).join(delimiter);
}
