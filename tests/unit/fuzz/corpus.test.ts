import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus, writeHugeFieldCase } from '../../../scripts/fuzz-corpus/corpus';
import { caseHasProblem } from '../../../scripts/fuzz-corpus/manifest';
import type { CorpusCase } from '../../../scripts/fuzz-corpus/manifest';
import { runCommandLine } from '../../../scripts/cli/main';
import { corpusMismatches } from './corpus-check';
import type { SummaryJson } from './corpus-check';

const dir = mkdtempSync(join(tmpdir(), 'fuzz-corpus-'));
const manifest = writeCorpus(dir);
const huge = writeHugeFieldCase(join(dir, 'huge'), 24);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cases per command-line run: each run opens one database, so runs are few and large. */
const GROUP_SIZE = 60;
const clean = manifest.cases.filter((c) => !caseHasProblem(c));
const troubled = [
  ...manifest.cases.filter(caseHasProblem),
  { ...huge, files: [`huge/${huge.files[0]}`] },
];
const groups: { name: string; cases: CorpusCase[]; exit: number }[] = [
  { name: 'clean cases', cases: clean, exit: 0 },
  ...Array.from({ length: Math.ceil(troubled.length / GROUP_SIZE) }, (_, i) => ({
    name: `cases with refusals or rejected rows, part ${i + 1}`,
    cases: troubled.slice(i * GROUP_SIZE, (i + 1) * GROUP_SIZE),
    exit: 1,
  })),
];

async function summary(paths: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCommandLine(
    ['summary', ...paths, '--mapping', join(dir, manifest.mappings), '--json'],
    {
      stdout: async (text) => void (stdout += text),
      stderr: async (text) => void (stderr += text),
    },
  );
  return { code, stdout, stderr };
}

describe(`the fuzzing corpus (seed ${manifest.seed}) through the command line`, () => {
  it('has at least 200 files across the classes', () => {
    expect(manifest.cases.flatMap((c) => c.files).length).toBeGreaterThanOrEqual(200);
    expect(clean.length).toBeGreaterThan(20);
  });

  it.each(groups)(
    '$name: exact counts, every line accounted for, every refusal named, exit $exit',
    async ({ cases, exit }) => {
      const run = await summary(cases.flatMap((c) => c.files.map((f) => join(dir, f))));
      const json = JSON.parse(run.stdout) as SummaryJson;
      const mismatches = corpusMismatches(cases, json, run.stderr);
      expect(mismatches, mismatches.join('\n')).toEqual([]);
      expect(run.code).toBe(exit);
    },
    300_000,
  );
});
