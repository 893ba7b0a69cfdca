import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/**
 * The path for a generated file in `dir`: its name carries the generator's version, so that a
 * file an earlier version wrote (e.g. with the old generator's 7,427 snap points) is never reused.
 */
export function generatedRowsFile(dir: string, stem: string): string {
  return join(dir, `${stem}-g2.csv`);
}

export const POLICE_UK_HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const TYPES = [
  'Anti-social behaviour',
  'Violence and sexual offences',
  'Criminal damage and arson',
  'Public order',
  'Shoplifting',
  'Burglary',
  'Vehicle crime',
  'Other theft',
];

/**
 * Writes `rows` police.uk street-level rows (deterministic) for benchmarks: one force-month per
 * 100k rows, 40,000 snap points, ASB with empty Crime IDs like the real files. LSOA names
 * ("Bench 042A") take their district from `districts` by snap point.
 */
export async function writePoliceUkRows(
  path: string,
  rows: number,
  districts: readonly string[] = ['Bench'],
): Promise<void> {
  const out = createWriteStream(path);
  // A 32-bit linear congruential generator in exact integer arithmetic (a product past 2^53 in
  // floating point loses its low bits and falls into a short cycle).
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  out.write(POLICE_UK_HEADER + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const point = Math.floor(next() * 40_000);
    const lon = (-1.9 + (point % 200) * 0.004).toFixed(6);
    const lat = (52.8 + Math.floor(point / 200) * 0.003).toFixed(6);
    const type = TYPES[Math.floor(next() * TYPES.length)] as string;
    const month = `2024-${String(1 + (Math.floor(i / 100_000) % 12)).padStart(2, '0')}`;
    const id =
      type === 'Anti-social behaviour'
        ? ''
        : `${i.toString(16).padStart(12, '0')}${'ab'.repeat(26)}`;
    chunk += `${id},${month},Bench Constabulary,Bench Constabulary,${lon},${lat},On or near Street ${point},E0100${point % 1000},${districts[point % districts.length]} ${String(point % 300).padStart(3, '0')}A,${type},Under investigation,\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}
