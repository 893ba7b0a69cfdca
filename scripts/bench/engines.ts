/**
 * The command line on native DuckDB against DuckDB-WASM (the baseline), side by side in one run.
 * Run: npx tsx scripts/bench/engines.ts
 * Each of summary, trends and hotspots --json on the real Derbyshire police.uk files of 2025
 * (../shared/data, 12 files, 102,621 rows) as a fresh process (`npm run cli`), engines
 * alternating who goes first, BENCH_REPEATS rounds (default 3, at least 3): median and range of
 * the wall time of each, and WASM ÷ native. The outputs must be identical.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../tests/support/shared-data';

const REPEATS = Math.max(3, Number(process.env.BENCH_REPEATS ?? 3));
const COMMANDS = ['summary', 'trends', 'hotspots'];
const ENGINES = ['native', 'wasm'] as const;

const folder = sharedDataPath('policeuk', 'derbyshire');
if (!existsSync(folder))
  throw new Error(`${folder} is missing: the benchmark needs the real files`);
const files = readdirSync(folder)
  .filter((month) => month.startsWith('2025-'))
  .flatMap((month) => readdirSync(join(folder, month)).map((name) => join(folder, month, name)));

function run(command: string, engine: string): { seconds: number; output: string } {
  const started = performance.now();
  const output = execFileSync(
    'npx',
    ['tsx', 'scripts/cli.ts', command, ...files, '--json', '--engine', engine],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return { seconds: (performance.now() - started) / 1000, output };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const fmt = (xs: number[]): string =>
  `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

console.log(`${files.length} files, ${REPEATS} rounds; each a fresh CLI process`);
for (const command of COMMANDS) {
  const times: Record<string, number[]> = { native: [], wasm: [] };
  for (let round = 0; round < REPEATS; round++) {
    const order = round % 2 === 0 ? ENGINES : [...ENGINES].reverse();
    const outputs = order.map((engine) => {
      const { seconds, output } = run(command, engine);
      times[engine]?.push(seconds);
      return output;
    });
    if (outputs[0] !== outputs[1]) throw new Error(`${command}: the engines' outputs differ`);
  }
  const native = times.native ?? [];
  const wasm = times.wasm ?? [];
  console.log(
    `${command.padEnd(9)} native ${fmt(native)}  wasm ${fmt(wasm)}  wasm/native ${(median(wasm) / median(native)).toFixed(2)}×`,
  );
}
