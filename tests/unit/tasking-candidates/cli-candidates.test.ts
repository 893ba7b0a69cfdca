import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidatesReport } from '../../../src/reports/tasking/candidates-report';
import { runCliProcess } from '../../support/run-cli';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO_2025 = Array.from({ length: 12 }, (_, i) => {
  const month = `2025-${String(i + 1).padStart(2, '0')}`;
  return join(REPO_ROOT, 'data/demo/policeuk', month);
});

describe('cli candidates', () => {
  it('prints a numbered list of sentences, and the report as JSON', async () => {
    const text = await runCliProcess([
      'candidates',
      ...DEMO_2025,
      '--month',
      '2025-12',
      '--count',
      '3',
    ]);
    expect(text.code).toBe(0);
    const [counting, ...lines] = text.stdout.trim().split('\n');
    expect(counting).toMatch(/^Counting sources: /);
    expect(lines[0]).toMatch(
      /^Candidates for the 2025-12 meeting: data to 2025-12; recent 2025-10, 2025-11, 2025-12/,
    );
    expect(lines.slice(1).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(lines[1]).toMatch(/^1\. Emerging hotspot around .*\.$/);

    const json = await runCliProcess([
      'candidates',
      ...DEMO_2025,
      '--month=2025-12',
      '--count',
      '3',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as CandidatesReport;
    expect(report).toMatchObject({ meetingMonth: '2025-12', dataMonth: '2025-12', cellSize: 250 });
    expect(report.candidates.map((c) => c.sentence)).toEqual(
      lines.slice(1).map((l) => l.replace(/^\d+\. /, '')),
    );
  }, 300_000);

  it('refuses a run without --month as a usage error (exit 2)', async () => {
    const run = await runCliProcess(['candidates', DEMO_2025[0] as string]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--month YYYY-MM is required');
  });
});
