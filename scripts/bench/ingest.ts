import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './ingest-chromium';
import { measureInChromium } from './ingest-chromium';
import { generatedRowsFile, writePoliceUkRows } from './police-uk-rows';

const SIZES = (process.env.BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measureInNode(loader: string, file: string): Measurement {
  const out = execFileSync(
    join('node_modules', '.bin', 'tsx'),
    [join('scripts', 'bench', 'ingest-node-run.ts'), loader, file],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as Measurement;
}

async function repeat(run: () => Promise<Measurement> | Measurement): Promise<Measurement> {
  const runs: Measurement[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await run());
  return {
    loader: runs[0]?.loader ?? '',
    rows: runs[0]?.rows ?? 0,
    ms: median(runs.map((r) => r.ms)),
    peakMb: median(runs.map((r) => r.peakMb)),
  };
}

/**
 * Loads generated police.uk files with our loader (DuckDB-WASM) and with papaparse → JS objects,
 * side by side, in Node and in headless Chromium (needs `vite build` first). Medians of
 * BENCH_REPEATS runs; the ratio is papaparse time / our time.
 */
async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('Run `npm run build` first: Chromium loads the built app.');
  const lines: string[] = [];
  for (const rows of SIZES) {
    const file = generatedRowsFile(tmpdir(), `csp-bench-${rows}`);
    if (!existsSync(file)) await writePoliceUkRows(file, rows);
    for (const where of ['node', 'chromium'] as const) {
      const ours = await repeat(() =>
        where === 'node' ? measureInNode('ours', file) : measureInChromium('ours', file),
      );
      const papa = await repeat(() =>
        where === 'node' ? measureInNode('papaparse', file) : measureInChromium('papaparse', file),
      );
      for (const m of [ours, papa]) {
        lines.push(
          `${where.padEnd(9)} ${String(rows).padStart(8)} rows  ${m.loader.padEnd(10)} ` +
            `${(m.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round((m.rows / m.ms) * 1000)
              .toLocaleString('en-GB')
              .padStart(10)} rows/s  ` +
            `peak ${Math.round(m.peakMb).toLocaleString('en-GB').padStart(6)} MB`,
        );
      }
      lines.push(
        `${where.padEnd(9)} ${String(rows).padStart(8)} rows  time ratio papaparse/ours = ${(papa.ms / ours.ms).toFixed(2)}, ` +
          `memory ratio papaparse/ours = ${(papa.peakMb / ours.peakMb).toFixed(2)}`,
      );
      console.log(lines.slice(-3).join('\n'));
    }
  }
  console.log(`\nMedians of ${REPEATS} runs each.\n${lines.join('\n')}`);
}

void main();
