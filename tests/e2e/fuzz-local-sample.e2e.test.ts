import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/fuzz-corpus/corpus';
import type { CorpusCase } from '../../scripts/fuzz-corpus/manifest';
import { openAppSession, waitForTotal } from './app-session';

type Session = Awaited<ReturnType<typeof openAppSession>>;

/** Local extracts whose quoted line breaks once made the browser refuse the whole file. */
const SAMPLE = ['a quoted break in the first record', 'a quoted break in the header'];

const dir = mkdtempSync(join(tmpdir(), 'fuzz-local-'));
const manifest = writeCorpus(dir);
const cases: CorpusCase[] = SAMPLE.map((description) => {
  const found = manifest.cases.find((c) => c.kind === 'local' && c.description === description);
  if (!found) throw new Error(`no local corpus case "${description}"`);
  return found;
});

let session: Session;
beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('local extracts of the fuzzing corpus through the browser', () => {
  it('quoted line breaks in the first record or the header load with the saved mapping, every row counted', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`);
    await page.waitForSelector('[data-testid=file-input]:not([disabled])', {
      state: 'attached',
      timeout: 120_000,
    });
    await page.setInputFiles('[data-testid=import-mappings]', join(dir, manifest.mappings));
    await page.getByText(/^Imported \d+ column and \d+ code mappings/).waitFor({ timeout: 60_000 });
    let total = 0;
    for (const c of cases) {
      await page.setInputFiles(
        '[data-testid=file-input]',
        c.files.map((f) => join(dir, f)),
      );
      total += c.incidents;
      await waitForTotal(page, total, 120_000);
      for (const o of c.outcomes) {
        if (o.outcome !== 'loaded') continue;
        const report = page.locator(`[data-testid=validation-report][data-file="${o.name}"]`);
        expect(
          (await report.getByTestId('rows-loaded').textContent())?.replaceAll(',', ''),
          o.name,
        ).toBe(String(o.rowsLoaded));
      }
    }
    expect(await page.locator('.error').count()).toBe(0);
  });
});
