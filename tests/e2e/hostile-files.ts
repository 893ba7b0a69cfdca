import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { POLICE_COLUMNS } from '../../scripts/fuzz-corpus/police-file';
import { REPO_ROOT } from '../support/shared-data';

/** Text that would run script if the app ever turned it into markup or a link. */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '<svg onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
] as const;

/** A district name (LSOA names less their suffix) that a spreadsheet would run as a formula. */
export const FORMULA_DISTRICT = '=SUM(1+1)';

const payload = (i: number): string => PAYLOADS[i % PAYLOADS.length] ?? '';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const csvFile = (name: string, rows: string[][]): UploadFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(Papa.unparse(rows, { newline: '\r\n' })),
});

const POLICE_UK_HEADER = [...POLICE_COLUMNS];
const CRIME_TYPES = ['Anti-social behaviour', 'Burglary', 'Criminal damage and arson'];

/** Months 2024-07 … 2025-06. */
export const HOSTILE_MONTHS = Array.from({ length: 12 }, (_, i) => {
  const month = ((6 + i) % 12) + 1;
  return `${month <= 6 ? 2025 : 2024}-${String(month).padStart(2, '0')}`;
});

/**
 * A year of police.uk street-level files, inside the demo borough, whose every text field holds
 * a payload: crime IDs, forces, locations (repeated, so they rank as repeat locations), LSOA codes
 * and names, outcomes, context, an unknown crime type, an extra column's header and a file name.
 */
export function hostilePoliceUkFiles(): UploadFile[] {
  return HOSTILE_MONTHS.map((month, m) => {
    const rows = [[...POLICE_UK_HEADER, payload(m)]];
    for (let i = 0; i < 40; i++) {
      const spot = i % 4;
      rows.push([
        payload(i),
        month,
        payload(i + 1),
        payload(i + 2),
        (-1.27 + spot * 0.01 + (i % 3) * 0.0004).toFixed(6),
        (53.3 + spot * 0.005 + (i % 5) * 0.0003).toFixed(6),
        `On or near ${payload(spot)}`,
        `E0199${spot}${payload(spot)}`,
        `${spot === 3 ? FORMULA_DISTRICT : payload(spot + 1)} 00${spot + 1}A`,
        i === 39 ? payload(m) : (CRIME_TYPES[i % CRIME_TYPES.length] ?? ''),
        payload(i + 3),
        payload(i + 4),
        payload(i + 5),
      ]);
    }
    const name = m === 0 ? `${month}-${payload(0)}-street.csv` : `${month}-hostile-street.csv`;
    return csvFile(name, rows);
  });
}

/** The demo borough's wards with a payload for every ward name. */
export function hostileBoundaries(): UploadFile {
  const wards = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/wards.geojson'), 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  wards.features.forEach((feature, i) => {
    feature.properties.name = `${payload(i)} ward ${i}`;
  });
  return {
    name: `wards ${payload(2)}.geojson`,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(wards)),
  };
}

/** The local extract's column headers: each a payload after a plain word the test picks by. */
export const LOCAL_COLUMNS = {
  reference: `Ref ${payload(0)}`,
  date: `Date ${payload(1)}`,
  category: `Code ${payload(2)}`,
  easting: `Easting ${payload(3)}`,
  northing: `Northing ${payload(4)}`,
  location: `Address ${payload(5)}`,
  notes: '=HYPERLINK("javascript:window.__pwned=1","x")',
};

/** Codes of the local extract: the first is mapped by the test; the second, formula-like, is not. */
export const LOCAL_CODES = [`Noise ${payload(0)}`, `=Other ${payload(1)}`];

/** A council extract with payloads in its headers, codes, addresses, notes and file name. */
export function hostileLocalExtract(): UploadFile {
  const rows = [Object.values(LOCAL_COLUMNS)];
  for (let i = 0; i < 60; i++) {
    rows.push([
      `${payload(i)}-${i}`,
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2025`,
      LOCAL_CODES[i % 2] ?? '',
      String(450000 + (i % 7) * 300),
      String(379000 + (i % 5) * 300),
      `${i % 4} ${payload(i)} Street`,
      i % 3 === 0 ? '=1+1' : payload(i + 2),
    ]);
  }
  rows.push([payload(0), 'not a date', LOCAL_CODES[0] ?? '', '', '', payload(3), payload(4)]);
  return csvFile(`council ${payload(0)}.csv`, rows);
}
