import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBng } from '../../../src/ingest/bng';

/** The checkout's root, from this file's location. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared real-data folder next to the checkout. */
export const sharedDataDir = path.resolve(repoRoot, '../shared/data');

/**
 * Decides whether a test that needs something outside the repo can run. When it is missing
 * the test fails on CI (process.env.CI === 'true') and otherwise says why and returns false,
 * so the caller returns early: a silent skip would hide a check that never ran.
 */
export function prerequisiteAvailable(available: boolean, what: string): boolean {
  if (available) return true;
  const message = `${what} is not available: this check did not run`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
  return false;
}

/** True when the shared police.uk Derbyshire files are present. */
export function policeUkAvailable(): boolean {
  return existsSync(path.join(sharedDataDir, 'policeuk/derbyshire'));
}

/** Anti-social behaviour incidents in BNG metres with a month index (0 = first month read). */
export interface AsbIncidents {
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  months: string[];
}

/**
 * Reads police.uk Derbyshire street files for the months matching `monthPrefix` and keeps the
 * ASB rows whose LSOA name starts with `lsoaPrefix`. The files have no quoted fields, so a plain
 * comma split is enough; a row with quotes would fail the column count and throw.
 */
export function readDerbyshireAsb(monthPrefix: string, lsoaPrefix: string): AsbIncidents {
  const root = path.join(sharedDataDir, 'policeuk/derbyshire');
  const months = readdirSync(root)
    .filter((m) => m.startsWith(monthPrefix))
    .sort();
  const eastings: number[] = [];
  const northings: number[] = [];
  const monthIndex: number[] = [];
  months.forEach((month, index) => {
    const text = readFileSync(path.join(root, month, `${month}-derbyshire-street.csv`), 'utf8');
    const lines = text.split(/\r?\n/);
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const fields = line.split(',');
      if (fields.length !== 12) throw new Error(`unexpected row in ${month}: ${line}`);
      const [, , , , lon, lat, , , lsoaName, crimeType] = fields;
      if (crimeType !== 'Anti-social behaviour' || !lsoaName?.startsWith(lsoaPrefix)) continue;
      const [e, n] = toBng(Number(lon), Number(lat));
      eastings.push(e);
      northings.push(n);
      monthIndex.push(index);
    }
  });
  return {
    eastings: Float64Array.from(eastings),
    northings: Float64Array.from(northings),
    monthIndex: Int32Array.from(monthIndex),
    months,
  };
}
