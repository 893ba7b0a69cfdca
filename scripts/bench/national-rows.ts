import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { POLICE_UK_HEADER } from './police-uk-rows';

const TYPES = [
  'Anti-social behaviour',
  'Violence and sexual offences',
  'Criminal damage and arson',
  'Public order',
  'Shoplifting',
  'Burglary',
  'Vehicle crime',
  'Other theft',
  'Drugs',
  'Robbery',
];
/** Ten forces, each around its own centre (longitude, latitude) in England and Wales. */
const FORCES: readonly [string, number, number][] = [
  ['Bench North', -1.6, 54.9],
  ['Bench Yorkshire', -1.5, 53.8],
  ['Bench Lancashire', -2.6, 53.8],
  ['Bench Midlands', -1.9, 52.5],
  ['Bench East', 0.9, 52.6],
  ['Bench Wales', -3.2, 51.6],
  ['Bench Thames', -1.2, 51.7],
  ['Bench Metro', -0.1, 51.5],
  ['Bench Kent', 0.8, 51.2],
  ['Bench South West', -3.5, 50.7],
];

export interface NationalSet {
  folder: string;
  rows: number;
  files: string[];
}

/**
 * Writes (once; reused while its manifest matches) `rows` police.uk street-level rows as one file
 * per force-month like the police.uk download: ten forces × `months` months, each force's
 * incidents spread over 20,000 snap points around its centre. Deterministic.
 */
export async function nationalSet(
  folder: string,
  rows: number,
  months: number,
): Promise<NationalSet> {
  const manifest = join(folder, 'manifest.json');
  if (existsSync(manifest)) {
    const kept = JSON.parse(readFileSync(manifest, 'utf8')) as NationalSet & { months: number };
    if (kept.rows === rows && kept.months === months) return kept;
  }
  const perFile = Math.ceil(rows / (FORCES.length * months));
  const files: string[] = [];
  let written = 0;
  let seed = 2026;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let m = 0; m < months; m++) {
    const month = `${2023 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`;
    mkdirSync(join(folder, month), { recursive: true });
    for (const [force, lon0, lat0] of FORCES) {
      const count = Math.min(perFile, rows - written);
      if (count <= 0) break;
      const slug = force.toLowerCase().replaceAll(' ', '-');
      const path = join(folder, month, `${month}-${slug}-street.csv`);
      const out = createWriteStream(path);
      out.write(POLICE_UK_HEADER + '\n');
      let chunk = '';
      for (let i = 0; i < count; i++) {
        const point = Math.floor(next() ** 2 * 20_000);
        const lon = (lon0 + ((point % 141) - 70) * 0.003).toFixed(6);
        const lat = (lat0 + (Math.floor(point / 141) - 70) * 0.002).toFixed(6);
        const type = TYPES[Math.floor(next() * TYPES.length)] as string;
        const id =
          type === 'Anti-social behaviour' ? '' : `${(written + i).toString(16).padStart(64, '0')}`;
        chunk += `${id},${month},${force} Police,${force} Police,${lon},${lat},On or near Street ${point},E0${slug.length}${String(point % 5000).padStart(6, '0')},${force} ${String(point % 500).padStart(3, '0')}A,${type},Under investigation,\n`;
        if (chunk.length > 1 << 20) {
          if (!out.write(chunk)) await once(out, 'drain');
          chunk = '';
        }
      }
      out.write(chunk);
      out.end();
      await once(out, 'finish');
      written += count;
      files.push(path);
    }
  }
  const set = { folder, rows: written, files };
  writeFileSync(manifest, JSON.stringify({ ...set, months }));
  return set;
}
