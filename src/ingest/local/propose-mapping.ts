import type { ColumnRole } from './column-mapping';
import { normaliseHeaderName, REQUIRED_ROLES } from './column-mapping';
import { detectDateFormat } from './date-format';
import type { DateFormatDetection } from './date-format';
import { EXCEL_SERIAL, ISO_DATE, NAMED_MONTH_DATE, NUMERIC_DATE } from './date-parse';
import { parseGridReference } from './grid-reference';
import { parseTimeOfDay } from './time-of-day';

/** One guessed role, with how sure the guess is (0–1) and why. */
export interface RoleProposal {
  role: ColumnRole;
  column: string;
  confidence: number;
  reason: string;
}

/** What `proposeMapping` suggests for a header; the user confirms or changes it. */
export interface MappingProposal {
  roles: RoleProposal[];
  /** Role → column name, ready for `createColumnMapping`. */
  columns: Partial<Record<ColumnRole, string>>;
  /** The date column's format, detected from the sample values (null when no date column). */
  dateFormat: DateFormatDetection | null;
  /** Required roles no column was found for. */
  missing: ColumnRole[];
}

const NAME_PATTERNS: Record<ColumnRole, RegExp> = {
  date: /\b(date|datetime|dt|occurred|reported|received|logged|created|opened|when)\b/,
  time: /\btime\b/,
  category:
    /\b(type|category|code|classification|nature|problem|subtype|sub type|call type|offence|incident type|description)\b/,
  reference: /\b(ref|reference|id|no|number|urn|case|log|serial|cad|incident number)\b/,
  easting: /\b(easting|eastings|east|x|x coord|x coordinate|grid x)\b/,
  northing: /\b(northing|northings|north|y|y coord|y coordinate|grid y)\b/,
  gridReference: /\b(grid ref|gridref|grid reference|ngr|os grid|grid|os ref)\b/,
  longitude: /\b(longitude|lon|long|lng)\b/,
  latitude: /\b(latitude|lat)\b/,
  location: /\b(location|address|street|road|place|premises|site|postcode|locality)\b/,
  ward: /\bward\b/,
  lsoa: /\blsoa/,
  sourceName: /\b(source|agency|organisation|organization|data source)\b/,
};

const share = (values: string[], test: (v: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;
const numberIn = (v: string, lo: number, hi: number): boolean => {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) && n >= lo && n <= hi;
};
const isDate = (v: string): boolean =>
  ISO_DATE.test(v) || NUMERIC_DATE.test(v) || NAMED_MONTH_DATE.test(v);
const isTimeOnly = (v: string): boolean =>
  /^\d{1,2}[:.]\d{2}|^\d{4}$/.test(v) && parseTimeOfDay(v) !== null;

/** How well the sample values fit a role (0–1), or null when values say nothing about it. */
const VALUE_TESTS: Partial<Record<ColumnRole, (values: string[]) => number>> = {
  date: (vs) => share(vs, isDate),
  time: (vs) => share(vs, isTimeOnly),
  easting: (vs) =>
    share(vs, (v) => numberIn(v, 1000, 700_000) && /^\d{5,6}(\.\d+)?$/.test(v.trim())),
  northing: (vs) =>
    share(vs, (v) => numberIn(v, 1000, 1_300_000) && /^\d{5,7}(\.\d+)?$/.test(v.trim())),
  gridReference: (vs) =>
    share(vs, (v) => /\d{5,}\s*\d|[A-Za-z]{2}\s*\d/.test(v) && parseGridReference(v).ok),
  longitude: (vs) => share(vs, (v) => numberIn(v, -8.8, 2.0) && v.includes('.')),
  latitude: (vs) => share(vs, (v) => numberIn(v, 49.7, 61.0) && v.includes('.')),
  lsoa: (vs) => share(vs, (v) => /^[EWS]0[12]\d{6}$/.test(v.trim())),
  ward: (vs) => share(vs, (v) => /^[EWS]05\d{6}$/.test(v.trim())),
};

/** Roles whose values need not look like codes: a "Ward" column of ward names is still the ward. */
const NAME_IS_ENOUGH: ReadonlySet<ColumnRole> = new Set(['ward', 'lsoa']);

/** Names that say "this is the incident's own type/code" rather than, say, a property type. */
const STRONG_CATEGORY =
  /\b(incident|call|case|crime|offence|asb|problem|opening|final)\s+(type|category|code)|\bcategory\b|\bclassification\b|\bnature\b/;

/** Header words for matching: camelCase split, then case, spacing and punctuation ignored. */
function headerWords(column: string): string {
  return normaliseHeaderName(column.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

function scoreColumn(
  role: ColumnRole,
  name: string,
  values: string[],
): { score: number; reason: string } | null {
  const nameMatch = NAME_PATTERNS[role].test(name);
  const test = VALUE_TESTS[role];
  // Excel day numbers count as dates only under a date-like name (else any 5-digit id would do).
  const fit =
    role === 'date' && nameMatch
      ? share(values, (v) => isDate(v) || EXCEL_SERIAL.test(v))
      : test
        ? test(values)
        : null;
  if (role === 'date' && /\btime\b/.test(name) && !/\bdate/.test(name) && (fit ?? 0) < 0.5)
    return null;
  if (role === 'reference' && NAME_PATTERNS.category.test(name) && !/\bref/.test(name)) return null;
  if (!nameMatch && (fit === null || fit < 0.8)) return null;
  if (nameMatch && fit !== null && values.length > 0 && fit < 0.5 && !NAME_IS_ENOUGH.has(role))
    return null;
  const fitText =
    fit === null || values.length === 0
      ? ''
      : `${Math.round(fit * 100)}% of ${values.length} sample values fit`;
  const strong = role === 'category' && STRONG_CATEGORY.test(name) ? 0.2 : 0;
  const score =
    (nameMatch ? 0.6 : 0) + strong + (fit === null ? 0.1 : fit * (nameMatch ? 0.4 : 0.7));
  const reason = [nameMatch ? `the column name suggests ${role}` : '', fitText]
    .filter(Boolean)
    .join('; ');
  return { score: Math.min(1, score), reason };
}

/**
 * Guesses which column plays which role from the header names and sample values. Each column
 * gets at most one role and each role at most one column, best-scoring first.
 */
export function proposeMapping(
  header: readonly string[],
  sampleRows: readonly string[][],
): MappingProposal {
  const candidates: (RoleProposal & { index: number })[] = [];
  header.forEach((column, index) => {
    const name = headerWords(column);
    if (name === '') return;
    const values = sampleRows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
    for (const role of Object.keys(NAME_PATTERNS) as ColumnRole[]) {
      const scored = scoreColumn(role, name, values);
      if (scored)
        candidates.push({ role, column, index, confidence: scored.score, reason: scored.reason });
    }
  });
  candidates.sort((a, b) => b.confidence - a.confidence);
  const roles: RoleProposal[] = [];
  const usedColumns = new Set<number>();
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const c of candidates) {
    if (usedColumns.has(c.index) || columns[c.role] !== undefined) continue;
    usedColumns.add(c.index);
    columns[c.role] = c.column;
    roles.push({
      role: c.role,
      column: c.column,
      confidence: Math.round(c.confidence * 100) / 100,
      reason: c.reason,
    });
  }
  const dateIndex = columns.date === undefined ? -1 : header.indexOf(columns.date);
  const dateFormat =
    dateIndex < 0 ? null : detectDateFormat(sampleRows.map((row) => row[dateIndex] ?? ''));
  return {
    roles,
    columns,
    dateFormat,
    missing: REQUIRED_ROLES.filter((role) => columns[role] === undefined),
  };
}
