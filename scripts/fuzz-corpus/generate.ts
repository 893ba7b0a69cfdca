import { writeCorpus, DEFAULT_SEED, MANIFEST_FILE } from './corpus';

/**
 * `npm run fuzz-corpus -- --out DIR [--seed N]`: writes the adversarial corpus and its manifest
 * of expected outcomes (see README.md, "Fuzzing corpus").
 */
function main(argv: readonly string[]): number {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const out = value('--out');
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  if (!out || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz-corpus -- --out DIR [--seed N]\n');
    return 2;
  }
  const manifest = writeCorpus(out, seed);
  const files = manifest.cases.reduce((n, c) => n + c.files.length, 0);
  process.stdout.write(
    `${files} files in ${manifest.cases.length} cases written to ${out} (seed ${seed}); expected outcomes in ${out}/${MANIFEST_FILE}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
