import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run cli -- pack` for the demo borough end to end, as a user runs it (a new process each
 * time: start-up, loading 36 months, candidates, before/after, the renderers, writing the five
 * files): median and range of the wall time over BENCH_REPEATS runs (default 3), and the CPU time
 * (user + system) of each, since load on a shared machine stretches the wall time.
 */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ROOT = join(import.meta.dirname, '../..');
const command = [
  join(ROOT, 'node_modules/.bin/tsx'),
  join(ROOT, 'scripts/cli.ts'),
  'pack',
  join(ROOT, 'data/demo/policeuk'),
  '--boundary',
  join(ROOT, 'data/demo/wards.geojson'),
  '--month',
  '2025-12',
];

/** Seconds in the `times` builtin's "0m17.420s" form. */
function seconds(text: string): number {
  const match = /(\d+)m([\d.]+)s/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

const runs: { wall: number; cpu: number }[] = [];
for (let i = 0; i < REPEATS; i++) {
  const out = mkdtempSync(join(tmpdir(), 'bench-pack-'));
  const start = performance.now();
  // `times` prints the shell's own CPU times, then its children's: the pack run's.
  const times = execFileSync(
    'sh',
    ['-c', '"$@" > /dev/null && times', 'sh', ...command, '--out', out],
    {
      encoding: 'utf8',
    },
  );
  const wall = (performance.now() - start) / 1000;
  const [user = '', system = ''] = times.trim().split('\n').at(-1)?.split(/\s+/) ?? [];
  runs.push({ wall, cpu: seconds(user) + seconds(system) });
  rmSync(out, { recursive: true, force: true });
}

const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `median ${median.toFixed(1)} s (range ${sorted[0]?.toFixed(1)}–${sorted.at(-1)?.toFixed(1)} s)`;
};
console.log(
  `cli pack, demo borough (36 months of police.uk, wards), ${REPEATS} runs, ${cpus().length} cores, ` +
    `load average ${loadavg()[0]?.toFixed(1)}\n` +
    `  wall: ${stat(runs.map((r) => r.wall))}\n  cpu (user+system): ${stat(runs.map((r) => r.cpu))}`,
);
