import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run cli -- pack` for the demo borough end to end, as a user runs it (a new process each
 * time: start-up, loading 36 months, candidates, before/after, the renderers, writing the five
 * files): median and range of the wall time over BENCH_REPEATS runs (default 3), and the CPU time
 * (user + system) of each, since load on a shared machine stretches the wall time.
 * BENCH_BASELINE=DIR (a checkout of an earlier commit, e.g. `git worktree add /tmp/base <ref>`):
 * that checkout's `cli pack` runs too, on the same files, interleaved with ours, with the ratios.
 */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ROOT = join(import.meta.dirname, '../..');
const BASELINE = process.env.BENCH_BASELINE ?? null;

const command = (root: string) => [
  join(ROOT, 'node_modules/.bin/tsx'),
  join(root, 'scripts/cli.ts'),
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

function runPack(root: string): { wall: number; cpu: number } {
  const out = mkdtempSync(join(tmpdir(), 'bench-pack-'));
  const start = performance.now();
  // `times` prints the shell's own CPU times, then its children's: the pack run's.
  const times = execFileSync(
    'sh',
    ['-c', '"$@" > /dev/null && times', 'sh', ...command(root), '--out', out],
    { encoding: 'utf8' },
  );
  const wall = (performance.now() - start) / 1000;
  const [user = '', system = ''] = times.trim().split('\n').at(-1)?.split(/\s+/) ?? [];
  rmSync(out, { recursive: true, force: true });
  return { wall, cpu: seconds(user) + seconds(system) };
}

const roots = BASELINE ? [BASELINE, ROOT] : [ROOT];
const runs = roots.map(() => [] as { wall: number; cpu: number }[]);
for (let i = 0; i < REPEATS; i++) {
  const order = i % 2 === 0 ? [...roots.keys()] : [...roots.keys()].reverse();
  for (const k of order) runs[k]?.push(runPack(roots[k] as string));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${median(values).toFixed(1)} s (range ${sorted[0]?.toFixed(1)}–${sorted.at(-1)?.toFixed(1)} s)`;
};
console.log(
  `cli pack, demo borough (36 months of police.uk, wards), ${REPEATS} runs each, ${cpus().length} cores, ` +
    `load average ${loadavg()[0]?.toFixed(1)} at the end`,
);
roots.forEach((root, k) => {
  const label = root === ROOT ? 'now' : 'baseline';
  const commit = execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %cs'], {
    encoding: 'utf8',
  }).trim();
  const r = runs[k] ?? [];
  console.log(
    `  ${label} (${commit}${root === ROOT ? ', with any uncommitted changes' : ''})\n` +
      `    wall: ${stat(r.map((x) => x.wall))}\n    cpu (user+system): ${stat(r.map((x) => x.cpu))}`,
  );
});
if (BASELINE) {
  const [before = [], now = []] = runs;
  const ratio = (key: 'wall' | 'cpu') =>
    (median(before.map((x) => x[key])) / median(now.map((x) => x[key]))).toFixed(1);
  console.log(`  baseline/now: wall ${ratio('wall')}×, cpu ${ratio('cpu')}×`);
}
