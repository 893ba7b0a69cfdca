import type { PoliceUkColumn } from '../../sql/policeuk-columns';
import { POLICE_UK_COLUMNS } from '../../sql/policeuk-columns';
import { normaliseColumnName } from '../csv-header';

const REQUIRED: readonly PoliceUkColumn[] = ['month', 'longitude', 'latitude', 'crimeType'];

export type HeaderCheck =
  | { ok: true; positions: Partial<Record<PoliceUkColumn, number>>; header: string[] }
  | { ok: false; reason: string };

/** Checks that a header is a police.uk street-level header and finds each column's position. */
export function checkPoliceUkHeader(header: string[] | null): HeaderCheck {
  const expected = Object.values(POLICE_UK_COLUMNS).join(',');
  if (!header) {
    return { ok: false, reason: `the file is empty or has no header line; expected: ${expected}` };
  }
  const positions: Partial<Record<PoliceUkColumn, number>> = {};
  const normalised = header.map(normaliseColumnName);
  for (const [key, name] of Object.entries(POLICE_UK_COLUMNS) as [PoliceUkColumn, string][]) {
    const at = normalised.indexOf(normaliseColumnName(name));
    if (at >= 0) positions[key] = at;
  }
  const missing = REQUIRED.filter((key) => positions[key] === undefined);
  if (
    missing.length > 0 ||
    (positions.reportedBy === undefined && positions.fallsWithin === undefined)
  ) {
    const names: string[] = missing.map((key) => POLICE_UK_COLUMNS[key]);
    if (positions.reportedBy === undefined && positions.fallsWithin === undefined) {
      names.push('Reported by (or Falls within)');
    }
    const found = header.slice(0, 12).join(',');
    return {
      ok: false,
      reason:
        `not a police.uk street-level file: missing column(s) ${names.join(', ')}. ` +
        `Expected a header like: ${expected}. Found: ${found}${header.length > 12 ? ',…' : ''}`,
    };
  }
  return { ok: true, positions, header };
}
