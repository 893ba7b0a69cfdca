import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { initialiseDatabase } from '../../src/db/init';
import { openNodeDuck } from '../../src/db/node';
import { loadPoliceUkFile } from '../../src/ingest/policeuk/load';
import { pathInput } from '../cli/node-inputs';

/** One measured load in a fresh process, so peak memory (maxRSS) belongs to that load alone. */
async function main(): Promise<void> {
  const [loader, file] = process.argv.slice(2) as [string, string];
  let rows: number;
  let ms: number;
  if (loader === 'ours') {
    const db = await initialiseDatabase(await openNodeDuck());
    const start = performance.now();
    const report = await loadPoliceUkFile(db, pathInput(file));
    ms = performance.now() - start;
    rows = report.rowsLoaded;
  } else {
    const start = performance.now();
    const parsed = Papa.parse<Record<string, string | number>>(readFileSync(file, 'utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    ms = performance.now() - start;
    rows = parsed.data.length;
  }
  process.stdout.write(
    JSON.stringify({ loader, rows, ms, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n',
  );
}

void main();
