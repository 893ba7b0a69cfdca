import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { initialiseDatabase } from '../../src/db/init';
import { openNodeDuck } from '../../src/db/node';
import { pathInput } from '../cli/node-inputs';
import { createColumnMapping } from '../../src/ingest/local/column-mapping';
import { loadLocalExtract } from '../../src/ingest/local/load';

const ROWS = Number(process.env.LOCAL_BENCH_ROWS ?? 1_000_000);
const CODES = ['ASB - Noise', 'ASB - Harassment', 'Fly tipping', 'Graffiti', 'Criminal damage'];

async function writeExtract(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('Case Ref,Date Reported,Incident Type,Easting,Northing,Address,Ward\r\n');
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const line = `C-${i},${day}/${month}/2024 ${String(i % 24).padStart(2, '0')}:30,${CODES[i % 5]},${430000 + (i % 9973)},${330000 + (i % 7919)},"${i % 500} High Street, Derby",Ward ${i % 17}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Loads a generated one-million-row council extract and prints time and peak memory:
 * `npx tsx scripts/bench/local-extract.ts` (LOCAL_BENCH_ROWS, LOCAL_BENCH_BATCH to vary).
 */
async function main(): Promise<void> {
  {
    const folder = mkdtempSync(join(tmpdir(), 'local-bench-'));
    const path = join(folder, 'million.csv');
    try {
      await writeExtract(path);
      const db = await initialiseDatabase(await openNodeDuck());
      const header = [
        'Case Ref',
        'Date Reported',
        'Incident Type',
        'Easting',
        'Northing',
        'Address',
        'Ward',
      ];
      const columnMapping = createColumnMapping(header, {
        name: 'bench',
        source: 'Bench',
        dateFormat: 'auto',
        columns: {
          reference: 'Case Ref',
          date: 'Date Reported',
          category: 'Incident Type',
          easting: 'Easting',
          northing: 'Northing',
          location: 'Address',
          ward: 'Ward',
        },
      });
      const codeMapping = {
        name: 'c',
        source: 'Bench',
        codes: Object.fromEntries(
          CODES.map((c, i) => [
            c,
            {
              category: [
                'asb-nuisance',
                'asb-personal',
                'asb-environmental',
                'asb-environmental',
                'criminal-damage',
              ][i] as string,
            },
          ]),
        ),
      };
      let peakHeap = 0;
      const sampler = setInterval(
        () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
        50,
      );
      const started = performance.now();
      const batchSize = Number(process.env.LOCAL_BENCH_BATCH ?? 50_000);
      const report = await loadLocalExtract(db, pathInput(path), {
        columnMapping,
        codeMapping,
        batchSize,
      });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      process.stdout.write(
        `local extract: ${ROWS} rows loaded in ${seconds.toFixed(1)} s; peak JS heap ${(peakHeap / 1e6).toFixed(0)} MB; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`,
      );
      if (report.error || report.rowsLoaded !== ROWS) {
        throw new Error(
          `expected ${ROWS} rows loaded, got ${report.rowsLoaded}: ${report.error ?? ''}`,
        );
      }
      await db.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

void main();
