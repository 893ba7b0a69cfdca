/** Builds small police.uk street-level files for tests. */
export const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

export interface TestRow {
  id?: string;
  month?: string;
  force?: string;
  lon?: string;
  lat?: string;
  location?: string;
  type?: string;
}

export function policeUkRow(row: TestRow = {}): string {
  return [
    row.id ?? '',
    row.month ?? '2025-01',
    row.force ?? 'Test Constabulary',
    row.force ?? 'Test Constabulary',
    row.lon ?? '-1.425',
    row.lat ?? '53.235',
    row.location ?? 'On or near Test Street',
    'E01019999',
    'Chesterfield 001A',
    row.type ?? 'Anti-social behaviour',
    '',
    '',
  ].join(',');
}

export function policeUkFile(
  rows: string[],
  options: { bom?: boolean; crlf?: boolean } = {},
): Uint8Array {
  const eol = options.crlf ? '\r\n' : '\n';
  const text = (options.bom ? '\ufeff' : '') + [HEADER, ...rows].join(eol) + eol;
  return new TextEncoder().encode(text);
}
