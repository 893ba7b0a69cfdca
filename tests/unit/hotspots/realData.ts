import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toBng } from '../../../src/ingest/bng';
import { sharedDataPath } from '../../support/shared-data';

/** Anti-social behaviour incidents in BNG metres with a month index (0 = first month read). */
export interface AsbIncidents {
  eastings: Float64Array;
  northings: Float64Array;
  monthIndex: Int32Array;
  months: string[];
}

/**
 * Reads the shared police.uk Derbyshire street files for the months matching `monthPrefix` and keeps the
 * ASB rows whose LSOA name starts with `lsoaPrefix`. The files have no quoted fields, so a plain
 * comma split is enough; a row with quotes would fail the column count and throw.
 */
export function readDerbyshireAsb(monthPrefix: string, lsoaPrefix: string): AsbIncidents {
  const root = sharedDataPath('policeuk', 'derbyshire');
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
