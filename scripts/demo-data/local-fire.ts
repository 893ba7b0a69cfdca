/**
 * Local extract (b): a fire and rescue incident-recording export. ISO date-times
 * (2025-10-31T21:14:00), integer BNG coordinates, UTF-8 with a byte-order mark, LF line endings.
 * Deliberate secondary fires peak in October–November (bonfire season).
 */
import type { DemoMonth } from './borough';
import { csvLine, encodeUtf8WithBom } from './csv';
import {
  chooseBadRows,
  countCodes,
  drawLocalIncidents,
  pad2,
  plantFault,
  type BadRow,
  type LocalCodeSpec,
  type LocalExtract,
} from './local-common';
import type { Rng } from './prng';

/** Path of the export inside the output folder. */
export const FIRE_FILE = 'local/fire-incidents.csv';
const HEADER = [
  'Incident Number',
  'Call Date',
  'Property Type',
  'Incident Classification',
  'Easting',
  'Northing',
  'Motive',
];
const BONFIRE = [0.7, 0.7, 0.85, 1, 0.9, 0.9, 0.95, 0.95, 0.85, 2.4, 3.0, 0.8];
const SPRING_SUMMER = [0.4, 0.5, 1.2, 1.8, 1.3, 1.2, 1.6, 1.6, 0.9, 1.1, 1.1, 0.4];
const WINTER = [1.25, 1.2, 1.05, 0.95, 0.9, 0.85, 0.85, 0.85, 0.9, 1.0, 1.1, 1.3];
const FLAT_HOURS: readonly number[] = Array.from({ length: 24 }, (_, h) =>
  h >= 7 && h <= 22 ? 2 : 1,
);

const CODES: readonly LocalCodeSpec[] = [
  { code: 'Deliberate secondary fire - refuse', share: 0.32, season: BONFIRE, sharpness: 1.3 },
  {
    code: 'Deliberate secondary fire - grassland',
    share: 0.14,
    season: SPRING_SUMMER,
    sharpness: 0.3,
  },
  { code: 'Deliberate primary fire - vehicle', share: 0.1, season: BONFIRE, sharpness: 1 },
  { code: 'Deliberate primary fire - building', share: 0.04, sharpness: 1 },
  {
    code: 'Accidental dwelling fire',
    share: 0.22,
    season: WINTER,
    sharpness: 1,
    hours: FLAT_HOURS,
  },
  {
    code: 'Accidental secondary fire',
    share: 0.1,
    season: SPRING_SUMMER,
    sharpness: 0.5,
    hours: FLAT_HOURS,
  },
  { code: 'Accidental primary fire - vehicle', share: 0.08, sharpness: 0.8, hours: FLAT_HOURS },
];
const PROPERTY_TYPES: Readonly<Record<string, readonly string[]>> = {
  'Deliberate secondary fire - refuse': ['Wheelie bin', 'Loose refuse', 'Refuse container', 'Skip'],
  'Deliberate secondary fire - grassland': [
    'Grassland, pasture, grazing etc',
    'Scrub land',
    'Woodland/forest',
  ],
  'Deliberate primary fire - vehicle': ['Car', 'Motorcycle', 'Van'],
  'Deliberate primary fire - building': ['Derelict building', 'Garden shed', 'Private garage'],
  'Accidental dwelling fire': [
    'House - single occupancy',
    'Purpose built flats/maisonettes',
    'Bungalow - single occupancy',
  ],
  'Accidental secondary fire': ['Hedge', 'Loose refuse', 'Tree scrub'],
  'Accidental primary fire - vehicle': ['Car', 'Van', 'Bus/coach'],
};

/** Builds the fire export from about `total` incidents. */
export function buildFireExtract(
  rng: Rng,
  months: readonly DemoMonth[],
  total = 1500,
): LocalExtract {
  const incidents = drawLocalIncidents(rng, months, total, CODES);
  const bad = chooseBadRows(rng, incidents.length);
  const lines = [csvLine(HEADER)];
  const badRows: BadRow[] = [];
  const codes: string[] = [];
  const seqByYear = new Map<number, number>();
  incidents.forEach((inc, row) => {
    const seq = (seqByYear.get(inc.month.year) ?? 0) + 1;
    seqByYear.set(inc.month.year, seq);
    const deliberate = inc.code.startsWith('Deliberate');
    const motive = deliberate
      ? rng.pick([
          'Deliberate - others property',
          'Deliberate - others property',
          'Deliberate - own property',
          'Not known',
        ])
      : 'Accidental';
    const planted = plantFault(
      bad.get(row),
      { file: FIRE_FILE, line: row + 2 },
      {
        date: `${inc.month.year}-${pad2(inc.month.month)}-${pad2(inc.day)}T${pad2(inc.hour)}:${pad2(inc.minute)}:00`,
        place: [String(inc.easting), String(inc.northing)],
        code: inc.code,
      },
      () => (rng.chance(0.5) ? 'not recorded' : `${inc.month.year}-02-30T25:61:00`),
      () => ({ place: ['0', '0'], value: '0,0' }),
      badRows,
    );
    const { date: when, code } = planted;
    const [easting = '', northing = ''] = planted.place;
    const propertyType = rng.pick(PROPERTY_TYPES[inc.code] ?? ['Other outdoor']);
    codes.push(code);
    lines.push(
      csvLine([
        `IRS-${inc.month.year}-${String(seq).padStart(6, '0')}`,
        when,
        propertyType,
        code,
        easting,
        northing,
        motive,
      ]),
    );
  });
  return {
    summary: {
      file: FIRE_FILE,
      system: 'fire and rescue incident recording',
      encoding: 'utf-8-bom',
      lineEnding: 'LF',
      rows: incidents.length,
      codeColumn: 'Incident Classification',
      codeCounts: countCodes(codes),
      missingCodeRows: codes.filter((c) => c === '').length,
      addressOnlyRows: 0,
      nonAsciiRows: 0,
    },
    badRows,
    bytes: encodeUtf8WithBom(`${lines.join('\n')}\n`),
  };
}
