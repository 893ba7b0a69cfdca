/**
 * National scale: 10,000,000 generated police.uk rows (ten forces × 36 months, one file per
 * force-month as police.uk publishes them) through summary, trends and hotspots on native DuckDB,
 * against DuckDB-WASM (the browser's engine, the baseline) on 1,000,000 rows (ten forces × 12
 * months), each a fresh `npm run cli` process, alternating, BENCH_REPEATS rounds (default 3):
 * median and range of wall time and of peak memory (max RSS, from /usr/bin/time).
 * Run: npx tsx scripts/bench/national.ts   (BENCH_DIR, default /tmp/csp-bench, holds the files)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nationalSet } from './national-rows';

const REPEATS = Math.max(3, Number(process.env.BENCH_REPEATS ?? 3));
const DIR = process.env.BENCH_DIR ?? '/tmp/csp-bench';
const NATIONAL_ROWS = Number(process.env.BENCH_NATIONAL_ROWS ?? 10_000_000);
const COMMANDS = ['summary', 'trends', 'hotspots'];

interface Measure {
  seconds: number;
  megabytes: number;
}

function run(command: string, engine: string, folder: string): Measure {
  const timing = join(DIR, 'time.txt');
  const output = join(DIR, `${command}-${engine}.json`);
  execFileSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M',
      '-o',
      timing,
      'sh',
      '-c',
      `npx tsx scripts/cli.ts ${command} "$0" --json --engine ${engine} > "$1"`,
      folder,
      output,
    ],
    { stdio: 'inherit' },
  );
  const [seconds, kilobytes] = readFileSync(timing, 'utf8').trim().split(/\s+/).map(Number);
  const totals = (JSON.parse(readFileSync(output, 'utf8')) as { totals?: { incidents?: number } })
    .totals;
  if (command === 'summary') console.log(`  ${engine}: ${totals?.incidents ?? '?'} incidents`);
  rmSync(output);
  return { seconds: seconds ?? NaN, megabytes: (kilobytes ?? NaN) / 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const fmt = (xs: number[], unit: string, digits: number): string =>
  `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

const national = await nationalSet(join(DIR, 'national'), NATIONAL_ROWS, 36);
const baseline = await nationalSet(join(DIR, 'national-1m'), 1_000_000, 12);
console.log(
  `native: ${national.rows.toLocaleString('en-GB')} rows in ${national.files.length} files; wasm: ${baseline.rows.toLocaleString('en-GB')} rows in ${baseline.files.length} files; ${REPEATS} rounds`,
);
for (const command of COMMANDS) {
  const native: Measure[] = [];
  const wasm: Measure[] = [];
  for (let round = 0; round < REPEATS; round++) {
    const order = round % 2 === 0 ? ['native', 'wasm'] : ['wasm', 'native'];
    for (const engine of order) {
      if (engine === 'native') native.push(run(command, 'native', national.folder));
      else wasm.push(run(command, 'wasm', baseline.folder));
    }
  }
  const rate = (ms: Measure[], rows: number) =>
    (rows / median(ms.map((m) => m.seconds)) / 1000).toFixed(0);
  console.log(
    `${command.padEnd(9)} native 10M ${fmt(
      native.map((m) => m.seconds),
      's',
      1,
    )}, ${fmt(
      native.map((m) => m.megabytes),
      'MB',
      0,
    )}, ${rate(native, national.rows)}k rows/s | wasm 1M ${fmt(
      wasm.map((m) => m.seconds),
      's',
      1,
    )}, ${fmt(
      wasm.map((m) => m.megabytes),
      'MB',
      0,
    )}, ${rate(wasm, baseline.rows)}k rows/s | rows/s native ÷ wasm ${(Number(rate(native, national.rows)) / Number(rate(wasm, baseline.rows))).toFixed(2)}×`,
  );
}
