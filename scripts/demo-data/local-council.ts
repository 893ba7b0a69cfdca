/**
 * Local extract (a): a council ASB case-management export in the shape of ECINS-like systems.
 * DD/MM/YYYY dates, HH:MM times, integer BNG coordinates (some blank with an address only),
 * local codes, CRLF line endings, Windows-1252 text with a few non-ASCII characters.
 */
import type { BoroughAreas } from './areas';
import { BOROUGH_SHORT_NAME, type DemoMonth } from './borough';
import { csvLine, encodeWindows1252 } from './csv';
import {
  OFFICE_HOURS,
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
import type { Rng } from './prng';

/** Path of the export inside the output folder. */
export const COUNCIL_FILE = 'local/council-asb-cases.csv';
const HEADER = [
  'Case Ref',
  'Date Reported',
  'Time',
  'Incident Type',
  'Easting',
  'Northing',
  'Address',
  'Ward',
  'Officer',
];
const SUMMER = [0.8, 0.8, 0.9, 1, 1.05, 1.3, 1.35, 1.3, 1, 0.95, 0.85, 0.8];
const WINTER = [1.3, 1.25, 1.1, 1, 0.9, 0.8, 0.8, 0.8, 0.9, 1, 1.15, 1.3];

const CODES: readonly LocalCodeSpec[] = [
  { code: 'ASB - Noise', share: 0.22, season: SUMMER, followsHotspots: true },
  {
    code: 'ASB - Rowdy Behaviour',
    share: 0.15,
    season: SUMMER,
    followsHotspots: true,
    sharpness: 1.3,
  },
  { code: 'ASB - Neighbour Dispute', share: 0.12, hours: OFFICE_HOURS },
  { code: 'ASB - Harassment', share: 0.08, followsHotspots: true },
  { code: 'Fly tipping', share: 0.18, sharpness: 0.6, hours: OFFICE_HOURS },
  { code: 'Graffiti', share: 0.07, sharpness: 1.5, hours: OFFICE_HOURS },
  { code: 'Dog fouling', share: 0.08, season: WINTER, hours: OFFICE_HOURS },
  { code: 'Abandoned vehicle', share: 0.06, hours: OFFICE_HOURS },
  { code: 'Racially motivated incident', share: 0.02 },
  { code: 'Community tension', share: 0.02, hours: OFFICE_HOURS },
];
const OFFICERS = ['A. Okafor', 'B. Hughes', 'C. Novak', 'D. Singh', 'E. Walsh', 'F. Begum'];
/** Premises whose names carry the non-ASCII characters an encoding detector should see. */
const PREMISES = ['Café Rosé', '£1 Bargains', "Zoë's Kitchen", 'Crème Brûlée Bakery', 'Señor Taco'];

/** Builds the council export from about `total` cases. */
export function buildCouncilExtract(
  rng: Rng,
  months: readonly DemoMonth[],
  areas: BoroughAreas,
  streetNear: StreetNear,
  total = 6000,
): LocalExtract {
  const incidents = drawLocalIncidents(rng, months, total, CODES);
  const bad = chooseBadRows(rng, incidents.length);
  const lines = [csvLine(HEADER)];
  const badRows: BadRow[] = [];
  const codes: string[] = [];
  let addressOnlyRows = 0;
  let nonAsciiRows = 0;
  const seqByYear = new Map<number, number>();
  incidents.forEach((inc, row) => {
    const seq = (seqByYear.get(inc.month.year) ?? 0) + 1;
    seqByYear.set(inc.month.year, seq);
    const lsoa = areas.lsoas[areas.lsoaAt(inc.easting, inc.northing)];
    const ward = lsoa ? (areas.wards[lsoa.wardIndex]?.name ?? '') : '';
    const street = streetNear(inc.easting, inc.northing);
    let address = `${1 + rng.int(180)} ${street}, ${BOROUGH_SHORT_NAME}`;
    const variant = rng.next();
    if (variant < 0.012)
      address = `Flat ${1 + rng.int(4)}–${5 + rng.int(6)} ${street}, ${BOROUGH_SHORT_NAME}`;
    else if (variant < 0.024)
      address = `${rng.pick(PREMISES)}, ${1 + rng.int(90)} ${street}, ${BOROUGH_SHORT_NAME}`;
    const reason = bad.get(row);
    const planted = plantFault(
      reason,
      { file: COUNCIL_FILE, line: row + 2 },
      {
        date: `${pad2(inc.day)}/${pad2(inc.month.month)}/${inc.month.year}`,
        place: [String(inc.easting), String(inc.northing)],
        code: inc.code,
      },
      () => (rng.chance(0.5) ? 'TBC' : `31/02/${inc.month.year}`),
      () => ({ place: ['0', '0'], value: '0,0' }),
      badRows,
    );
    const { date, code } = planted;
    let [easting = '', northing = ''] = planted.place;
    if (reason === undefined && rng.chance(0.04)) {
      easting = '';
      northing = '';
      addressOnlyRows++;
    }
    const fields = [
      `ASB/${inc.month.year}/${String(seq).padStart(5, '0')}`,
      date,
      `${pad2(inc.hour)}:${pad2(inc.minute)}`,
      code,
      easting,
      northing,
      address,
      ward,
      rng.chance(0.01) ? 'S. Ó Briain' : rng.pick(OFFICERS),
    ];
    const text = csvLine(fields);
    if (/[^\x20-\x7e]/.test(text)) nonAsciiRows++;
    codes.push(code);
    lines.push(text);
  });
  return {
    summary: {
      file: COUNCIL_FILE,
      system: 'council ASB case management (ECINS-like)',
      encoding: 'windows-1252',
      lineEnding: 'CRLF',
      rows: incidents.length,
      codeColumn: 'Incident Type',
      codeCounts: countCodes(codes),
      missingCodeRows: codes.filter((c) => c === '').length,
      addressOnlyRows,
      nonAsciiRows,
    },
    badRows,
    bytes: encodeWindows1252(`${lines.join('\r\n')}\r\n`),
  };
}
