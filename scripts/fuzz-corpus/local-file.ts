import type { FileRecord, RecordExpectation } from './police-file';
import { csvField } from './text-file';

/** The columns of the corpus's local extract (a council ASB export), mapped in `mappings.json`. */
export const LOCAL_COLUMNS = ['Incident Ref', 'Date', 'Type', 'Easting', 'Northing', 'Address'];
export const LOCAL_SOURCE = 'Fuzz council ASB';
export const LOCAL_CODES: Record<string, string> = {
  ASB1: 'asb-nuisance',
  ASB2: 'asb-personal',
  FLY: 'asb-environmental',
};

export interface LocalRow {
  ref: string;
  date: string;
  type: string;
  easting: string;
  northing: string;
  address: string;
  /** Cells beyond the header's width. */
  extra?: string[];
}

export function localRow(ref: string, over: Partial<LocalRow> = {}): LocalRow {
  return {
    ref,
    date: '2024-03-15',
    type: 'ASB1',
    easting: '438000',
    northing: '371000',
    address: '1 High Street',
    ...over,
  };
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A readable ISO date from 2000-01 to 2025-12 (corpus dates are never near today). */
function plausibleIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > (DAYS[month - 1] as number)) return false;
  if (year >= 2026 && year < 2099) throw new Error(`corpus date ${text} depends on today's date`);
  return year >= 2000 && year <= 2025;
}

function locatedGrid(easting: string, northing: string): boolean {
  const e = Number(easting.trim());
  const n = Number(northing.trim());
  if (easting.trim() === '' || northing.trim() === '' || !Number.isFinite(e) || !Number.isFinite(n))
    return false;
  return e > 0 && n > 0 && e < 700_000 && n < 1_300_000;
}

/**
 * The local loader's documented rules for a row, given the references already loaded from the
 * same file (a repeated one is held back, the first kept).
 */
export function expectLocalRow(row: LocalRow, seenRefs: Set<string>): RecordExpectation {
  if ((row.extra ?? []).some((cell) => cell.trim() !== ''))
    return { kind: 'rejected', reason: 'fields but the header has' };
  const date = row.date.trim();
  if (date === '') return { kind: 'rejected', reason: 'no date' };
  if (!plausibleIsoDate(date)) return { kind: 'rejected', reason: `date "${date}"` };
  const type = row.type.trim();
  if (type === '') return { kind: 'rejected', reason: 'no category or code' };
  if (!(type.toUpperCase() in LOCAL_CODES))
    return { kind: 'rejected', reason: 'is not in the code mapping' };
  const ref = row.ref.trim();
  if (seenRefs.has(ref)) return { kind: 'rejected', reason: 'already on line' };
  seenRefs.add(ref);
  return {
    kind: 'loaded',
    located: locatedGrid(row.easting, row.northing),
    key: `${LOCAL_SOURCE}|${ref}`,
  };
}

/** Local rows as records, each with its expectation (duplicates judged in file order). */
export function localRecords(
  rows: readonly LocalRow[],
  options: { delimiter?: string; quoteAll?: boolean } = {},
): FileRecord[] {
  const seen = new Set<string>();
  const d = options.delimiter ?? ',';
  return rows.map((row) => ({
    text: [
      row.ref,
      row.date,
      row.type,
      row.easting,
      row.northing,
      row.address,
      ...(row.extra ?? []),
    ]
      .map((v) => csvField(v, d, options.quoteAll))
      .join(d),
    expect: expectLocalRow(row, seen),
  }));
}

export function localHeader(delimiter = ',', names: readonly string[] = LOCAL_COLUMNS): string {
  return names.map((n) => csvField(n, delimiter)).join(delimiter);
}

/** The saved mappings every local case loads with. */
export function localMappingsJson(): string {
  return `${JSON.stringify(
    {
      kind: 'csp-local-mappings',
      version: 1,
      columnMappings: [
        {
          name: 'Fuzz council export',
          source: LOCAL_SOURCE,
          header: LOCAL_COLUMNS,
          columns: {
            reference: 'Incident Ref',
            date: 'Date',
            category: 'Type',
            easting: 'Easting',
            northing: 'Northing',
            location: 'Address',
          },
          dateFormat: 'iso',
        },
      ],
      codeMappings: [
        {
          name: 'Fuzz council codes',
          source: LOCAL_SOURCE,
          codes: LOCAL_CODES,
        },
      ],
    },
    null,
    2,
  )}\n`;
}
