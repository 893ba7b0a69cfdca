/**
 * Local extract (c): a police command-and-control ASB log. 'DD/MM/YYYY HH:MM' opening times,
 * closing codes, grid references as 12 figures ('452123 380456') or letters + 10 figures
 * ('SK5212380456'), free-text locations; UTF-8 without BOM, LF line endings.
 */
import type { DemoMonth } from './borough';
import { csvLine } from './csv';
import {
  chooseBadRows,
  countCodes,
  drawLocalIncidents,
  pad2,
  plantFault,
  type BadRow,
  type LocalCodeSpec,
  type LocalExtract,
  type StreetNear,
} from './local-common';
import { lettered10Figure, numeric12Figure } from './os-grid-ref';
import type { Rng } from './prng';

/** Path of the export inside the output folder. */
export const POLICE_FILE = 'local/police-incidents.csv';
const HEADER = ['Log Number', 'Opened', 'Closing Code', 'Grid Ref', 'Location'];
const SUMMER = [0.85, 0.85, 0.9, 0.98, 1.04, 1.28, 1.32, 1.3, 1.0, 0.96, 0.9, 0.84];
const BONFIRE = [0.9, 0.88, 0.92, 0.95, 0.97, 0.97, 0.99, 0.97, 0.95, 1.35, 1.55, 0.95];

const CODES: readonly LocalCodeSpec[] = [
  { code: 'ASB PERSONAL', share: 0.22, followsHotspots: true },
  { code: 'ASB NUISANCE', share: 0.5, season: SUMMER, followsHotspots: true, sharpness: 1.2 },
  { code: 'ASB ENVIRONMENTAL', share: 0.12, sharpness: 0.8 },
  { code: 'HATE INCIDENT', share: 0.04, sharpness: 1.3 },
  { code: 'CRIMINAL DAMAGE', share: 0.12, season: BONFIRE },
];

/** Builds the police incident log from about `total` logs. */
export function buildPoliceExtract(
  rng: Rng,
  months: readonly DemoMonth[],
  streetNear: StreetNear,
  total = 4000,
): LocalExtract {
  const incidents = drawLocalIncidents(rng, months, total, CODES);
  const bad = chooseBadRows(rng, incidents.length);
  const lines = [csvLine(HEADER)];
  const badRows: BadRow[] = [];
  const codes: string[] = [];
  const seqByDay = new Map<string, number>();
  incidents.forEach((inc, row) => {
    const ymd = `${inc.month.year}${pad2(inc.month.month)}${pad2(inc.day)}`;
    const seq = (seqByDay.get(ymd) ?? 0) + 1 + rng.int(3);
    seqByDay.set(ymd, seq);
    const gridReference = rng.chance(0.6)
      ? numeric12Figure(inc.easting, inc.northing)
      : lettered10Figure(inc.easting, inc.northing);
    const planted = plantFault(
      bad.get(row),
      { file: POLICE_FILE, line: row + 2 },
      {
        date: `${pad2(inc.day)}/${pad2(inc.month.month)}/${inc.month.year} ${pad2(inc.hour)}:${pad2(inc.minute)}`,
        place: [gridReference],
        code: inc.code,
      },
      () => (rng.chance(0.5) ? 'UNKNOWN' : `31/13/${inc.month.year} 25:00`),
      () => ({ place: ['000000 000000'], value: '000000 000000' }),
      badRows,
    );
    const { date: opened, code } = planted;
    const [gridRef = ''] = planted.place;
    const street = streetNear(inc.easting, inc.northing).toUpperCase();
    const other = streetNear(
      inc.easting + rng.uniform(-200, 200),
      inc.northing + 200,
    ).toUpperCase();
    const location = rng.chance(0.3)
      ? `O/S ${1 + rng.int(120)} ${street}`
      : rng.chance(0.2) && other !== street
        ? `${street} J/W ${other}`
        : street;
    codes.push(code);
    lines.push(
      csvLine([`${ymd}-${String(seq).padStart(4, '0')}`, opened, code, gridRef, location]),
    );
  });
  return {
    summary: {
      file: POLICE_FILE,
      system: 'police command and control (ASB log)',
      encoding: 'utf-8',
      lineEnding: 'LF',
      rows: incidents.length,
      codeColumn: 'Closing Code',
      codeCounts: countCodes(codes),
      missingCodeRows: codes.filter((c) => c === '').length,
      addressOnlyRows: 0,
      nonAsciiRows: 0,
    },
    badRows,
    bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
  };
}
