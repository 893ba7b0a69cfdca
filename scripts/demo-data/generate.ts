/**
 * Entry point: `npx tsx scripts/demo-data/generate.ts [outDir]` (default data/demo) writes the
 * synthetic Demo Borough dataset. Deterministic: every run writes byte-identical files.
 */
import { resolve } from 'node:path';
import { generateDemoData } from './write-dataset';

/** Parses the optional output folder argument and runs the generator. */
async function main(): Promise<void> {
  const started = performance.now();
  const outDir = resolve(process.argv[2] ?? 'data/demo');
  const { files, truth } = await generateDemoData(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const localRows = truth.local.files.map((f) => `${f.file} ${f.rows}`).join(', ');
  console.log(
    `Demo Borough (synthetic): ${files.length} files in ${outDir} in ${seconds}s — ` +
      `${truth.policeUk.rows} police.uk rows over ${truth.months.length} months; ${localRows}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
