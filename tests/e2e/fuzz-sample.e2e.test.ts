import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/fuzz-corpus/corpus';
import type { CorpusCase, ExpectedOutcome } from '../../scripts/fuzz-corpus/manifest';
import { openAppSession, waitForTotal } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;

/** A sample of the corpus's police.uk classes, chosen by description (ids follow the seed). */
const SAMPLE: readonly [string, string][] = [
  ['encodings and line ends', 'windows-1252, crlf line ends'],
  ['encodings and line ends', 'utf-16be, mixed line ends, no line end at the end'],
  ['quoting', 'an unterminated quote mid-file (runs to the end)'],
  ['implausible dates', 'month "1899-12"'],
  ['implausible coordinates', 'longitude "0", latitude "0"'],
  ['re-downloaded months', 'force name with other spacing and case'],
  ['duplicated entries', 'the same entry name twice: the second is refused, not silently dropped'],
  ['truncated zips', 'cut at 60%'],
];

const dir = mkdtempSync(join(tmpdir(), 'fuzz-sample-'));
const manifest = writeCorpus(dir);
const cases: CorpusCase[] = SAMPLE.map(([klass, description]) => {
  const found = manifest.cases.find((c) => c.class === klass && c.description === description);
  if (!found) throw new Error(`no corpus case "${description}"`);
  return found;
});
const outcomes = cases.flatMap((c) => c.outcomes);
const loaded = outcomes.filter(
  (o): o is Extract<ExpectedOutcome, { outcome: 'loaded' }> => o.outcome === 'loaded',
);

let session: Session;
beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sample of the fuzzing corpus through the browser', () => {
  it('loads them through the file input and shows the expected counts, rejected lines and refusals', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles(
      '[data-testid=file-input]',
      cases.flatMap((c) => c.files.map((f) => join(dir, f))),
    );
    await page.waitForSelector('[data-testid=batch-outcome]', { timeout: 180_000 });
    await waitForTotal(
      page,
      cases.reduce((n, c) => n + c.incidents, 0),
    );

    const outcome = (await page.getByTestId('batch-outcome').textContent()) ?? '';
    for (const o of outcomes) {
      if (o.outcome === 'refused' || o.outcome === 'skipped') {
        expect(outcome, o.name).toContain(o.name);
        expect(outcome, o.name).toContain(o.reason);
      }
    }

    await page.getByRole('tab', { name: 'Load report', exact: true }).click();
    await page.getByTestId('load-report').waitFor({ timeout: 120_000 });
    const files = await page.$$eval(
      '[data-testid=load-report] table:not([data-testid]) tbody tr',
      (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
    for (const o of loaded) {
      const row = files.find((cells) => cells[0] === o.name);
      expect(row, o.name).toBeDefined();
      const [, , linesRead, rowsRead, rowsLoaded, unlocated, rejected, replaced, check] = row ?? [];
      expect(
        { linesRead, rowsRead, rowsLoaded, unlocated, rejected, replaced, check },
        o.name,
      ).toEqual({
        linesRead: String(o.linesRead),
        rowsRead: String(o.rowsLoaded + o.rejected.length),
        rowsLoaded: String(o.rowsLoaded),
        unlocated: String(o.rowsUnlocated),
        rejected: String(o.rejected.length),
        replaced: String(o.rowsReplaced),
        check: '✓ read = loaded + rejected',
      });
    }
    const rejectedOnScreen = await page.$$eval('[data-testid=rejected-rows] tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
    const want = loaded.flatMap((o) =>
      o.rejected.map((r) => ({ file: o.name, line: r.line, reason: r.reason })),
    );
    expect(rejectedOnScreen).toHaveLength(want.length);
    for (const r of want) {
      const shown = rejectedOnScreen.find(
        (cells) => cells[0] === r.file && cells[1] === String(r.line),
      );
      expect(shown?.[2], `${r.file}:${r.line}`).toContain(r.reason);
    }
  });
});
