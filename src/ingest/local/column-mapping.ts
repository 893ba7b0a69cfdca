import type { DateFormatChoice } from './date-format';

/**
 * The roles a column can play in a local extract. `date` may hold a time too; `time` is for a
 * separate time column. `sourceName` is for files that name the source on each row.
 */
export const COLUMN_ROLES = [
  'date',
  'time',
  'category',
  'reference',
  'easting',
  'northing',
  'gridReference',
  'longitude',
  'latitude',
  'location',
  'ward',
  'lsoa',
  'sourceName',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles a file must have mapped before it can be loaded. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['date', 'category'];

/**
 * A saved column mapping (plain JSON): which column plays which role for one export shape, and
 * the source name its incidents get. It is reused automatically for any file whose header has
 * the same column names (order, case, spacing and punctuation ignored).
 */
export interface ColumnMapping {
  /** Shown to the user, e.g. "ECINS ASB cases export". */
  name: string;
  /** Stored on every incident as `source`, e.g. "Council ASB (ECINS)". */
  source: string;
  /** `headerSignature(header)` of the files this mapping applies to. */
  headerSignature: string;
  /** The header as first seen (for display). */
  header: string[];
  /** Role → column name as written in the header. Unmapped roles are absent. */
  columns: Partial<Record<ColumnRole, string>>;
  /** `auto` detects the format from the whole column when each file is loaded. */
  dateFormat: DateFormatChoice;
  /** The code mapping to use, by name; when absent, the code mapping with the same source. */
  codeMapping?: string;
  /** Excel only: the sheet to read (the first sheet when absent). */
  sheet?: string;
}

/** A column name compared the forgiving way: case, spacing and punctuation ignored. */
export function normaliseHeaderName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The order-insensitive identity of a header, used to find the saved mapping for a file. */
export function headerSignature(header: readonly string[]): string {
  return [...new Set(header.map(normaliseHeaderName).filter((name) => name !== ''))]
    .sort()
    .join('|');
}

/** The saved mapping made for files with this header, if there is one (the last saved wins). */
export function findMappingForHeader(
  savedMappings: readonly ColumnMapping[],
  header: readonly string[],
): ColumnMapping | null {
  const signature = headerSignature(header);
  for (let i = savedMappings.length - 1; i >= 0; i--) {
    const mapping = savedMappings[i] as ColumnMapping;
    if (mapping.headerSignature === signature) return mapping;
  }
  return null;
}

/** Builds a mapping for a header from the roles the user confirmed. */
export function createColumnMapping(
  header: readonly string[],
  fields: Omit<ColumnMapping, 'headerSignature' | 'header'>,
): ColumnMapping {
  return { ...fields, header: [...header], headerSignature: headerSignature(header) };
}

/** Positions of each mapped role in a header, or the problems (unknown columns, missing roles). */
export function resolveColumnPositions(
  mapping: ColumnMapping,
  header: readonly string[],
): { positions: Partial<Record<ColumnRole, number>>; problems: string[] } {
  const normalised = header.map(normaliseHeaderName);
  const positions: Partial<Record<ColumnRole, number>> = {};
  const problems: string[] = [];
  for (const role of COLUMN_ROLES) {
    const column = mapping.columns[role];
    if (column === undefined || column === '') continue;
    const at = normalised.indexOf(normaliseHeaderName(column));
    if (at < 0) problems.push(`column "${column}" (${role}) is not in the file`);
    else positions[role] = at;
  }
  for (const role of REQUIRED_ROLES) {
    if (mapping.columns[role] === undefined) problems.push(`no column is mapped as ${role}`);
  }
  return { positions, problems };
}
