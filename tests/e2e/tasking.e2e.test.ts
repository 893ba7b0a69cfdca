import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { ARTIFACTS, openAppSession, waitForTotal } from './app-session';
import { axeViolations } from './axe';
import { newProfile } from './chromium';
import { serveBuiltApp } from './static-server';

type Session = Awaited<ReturnType<typeof openAppSession>>;

const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8')) as {
  policeUk: { rows: number };
};

let server: Awaited<ReturnType<typeof serveBuiltApp>>;
let session: Session | null = null;
const profile = newProfile();

beforeAll(async () => {
  server = await serveBuiltApp();
});
afterAll(async () => {
  await session?.close().catch(() => undefined);
  await server?.close();
});

/** Opens the app on `profile` with the demo loaded, in the Tasking view. */
async function openTasking(on = profile): Promise<Page> {
  session = await openAppSession({ profile: on, server });
  const page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await waitForTotal(page, truth.policeUk.rows);
  await page.getByRole('tab', { name: 'Tasking', exact: true }).click();
  return page;
}

async function part(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Tasking' }).getByRole('button', { name }).click();
}

/** The targets table as [id, place, status] rows. */
async function targetRows(page: Page): Promise<string[][]> {
  await part(page, /^Targets/);
  const table = page.getByTestId('targets-table');
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) =>
        [...tr.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent?.trim() ?? ''),
      ),
    );
}

/** Kills the Chromium processes running on `profile` by their ids, as a crash would. */
function killBrowser(on: string): void {
  const pids = execFileSync('pgrep', ['-f', on], { encoding: 'utf8' })
    .split('\n')
    .map(Number)
    .filter((pid) => pid > 0 && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

async function serious(page: Page) {
  return (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}

/** Saves the state through the Export button and returns the file's text. */
async function exportState(page: Page): Promise<string> {
  await part(page, /^Save, import/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export tasking state' }).click(),
  ]);
  const path = join(tmpdir(), `tasking-export-${Date.now()}.json`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

async function importState(page: Page, name: string, text: string): Promise<void> {
  await part(page, /^Save, import/);
  const path = join(tmpdir(), name);
  writeFileSync(path, text);
  await page.getByTestId('state-import').setInputFiles(path);
}

describe('the Tasking view on the demo borough', () => {
  let exported = '';

  it('makes two targets from candidates and one by hand, tasks one, and keeps all with their history', async () => {
    const page = await openTasking();
    const cards = page.getByTestId('candidate');
    await cards.first().waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(ARTIFACTS, 'tasking-candidates.png') });
    expect(await serious(page)).toEqual([]);

    for (const n of [1, 2]) {
      const card = cards.filter({ has: page.getByRole('button', { name: 'Make target…' }) });
      await card.first().getByRole('button', { name: 'Make target…' }).click();
      const form = page.getByRole('form', { name: /^Make .* a target$/ });
      await form.getByLabel('Lead agency (optional)').fill(n === 1 ? 'Police' : '');
      await form.getByLabel('Recorded by (your name)').fill('Analyst A');
      await form.getByRole('button', { name: 'Make target', exact: true }).click();
      await page.getByText(`Same place as T-00${n}`).first().waitFor();
    }

    await part(page, /^Nominate a place/);
    await page.getByTestId('street-search').fill('Market');
    const results = page.getByTestId('street-results');
    await results.waitFor({ timeout: 60_000 });
    await results
      .getByRole('button', { name: /^Nominate / })
      .first()
      .click();
    const form = page.getByRole('form', { name: /^Make .* a target$/ });
    await form.getByLabel('Recorded by (your name)').fill('Partner B');
    await form.getByRole('button', { name: 'Nominate', exact: true }).click();
    await page.getByText('Nominated as').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'tasking-nominate.png') });
    expect(await serious(page)).toEqual([]);

    await part(page, /^Targets/);
    await page.getByRole('button', { name: /^Open T-001/ }).click();
    await page.getByRole('button', { name: 'Task…' }).click();
    const task = page.getByRole('form', { name: 'Task T-001' });
    await task.getByLabel('Lead agency').fill('Borough council – community safety');
    await task.getByLabel(/^Scanning/).fill('Youth nuisance on the street most evenings.');
    await task.getByLabel(/^Response/).fill('Joint patrols and a dispersal order review.');
    await task.getByLabel('Recorded by (your name)').fill('Chair C');
    await task.getByRole('button', { name: 'Task T-001' }).click();
    await page.getByText('Task: saved.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'tasking-target.png') });
    expect(await serious(page)).toEqual([]);
    const before = await targetRows(page);

    await page.reload();
    await page.getByTestId('tasking-view').waitFor();
    const after = await targetRows(page);
    expect(after).toEqual(before);
    expect(after.map((r) => [r[0], r[3]])).toEqual([
      ['T-001', 'Active'],
      ['T-002', 'Nominated'],
      ['T-003', 'Nominated'],
    ]);
    await page.getByRole('button', { name: /^Open T-001/ }).click();
    const history = await page
      .getByTestId('target-history')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(history).toHaveLength(2);
    expect(history[0]).toContain('Analyst A');
    expect(history[1]).toContain('tasked');
    expect(history[1]).toContain('Chair C');
    await page.getByRole('button', { name: /^Open T-003/ }).click();
    expect(await page.getByTestId('target-history').textContent()).toContain('Partner B');
    expect(session?.offMachineRequests).toEqual([]);
  });

  it('a change confirmed just before the browser is killed is there when it reopens', async () => {
    const page = session?.page as Page;
    await page.getByRole('button', { name: /^Open T-002/ }).click();
    await page.getByRole('button', { name: 'Decline…' }).click();
    const decline = page.getByRole('form', { name: 'Decline T-002' });
    await decline.getByLabel('Reason for declining').fill('Covered by the town centre target.');
    await decline.getByLabel('Recorded by (your name)').fill('Chair C');
    await decline.getByRole('button', { name: 'Decline T-002' }).click();
    await page.getByText('Decline: saved.').waitFor();
    killBrowser(profile);
    await session?.close().catch(() => undefined);

    const reopened = await openTasking();
    const rows = await targetRows(reopened);
    expect(rows.find((r) => r[0] === 'T-002')?.[3]).toBe('Declined');
    exported = await exportState(reopened);
    expect(JSON.parse(exported)).toMatchObject({
      format: 'csp-tasking-state',
      nextTargetNumber: 4,
    });
  });

  it('an exported state imported into a fresh browser is the same state', async () => {
    await session?.close();
    const page = await openTasking(newProfile());
    await importState(page, 'tasking-state.json', exported);
    await page.getByRole('button', { name: 'Replace with the file' }).click();
    await page.getByText('Imported tasking-state.json').waitFor();
    expect(await exportState(page)).toBe(exported);
    await page.screenshot({ path: join(ARTIFACTS, 'tasking-state.png') });
    expect(await serious(page)).toEqual([]);
  });

  it('a corrupted or newer file is refused with a message and changes nothing', async () => {
    const page = session?.page as Page;
    await importState(page, 'broken.json', exported.slice(0, exported.length / 2));
    const message = page.getByTestId('state-message');
    await expect.poll(() => message.textContent()).toContain('was not imported');
    expect(await message.textContent()).toContain('Nothing was changed');
    const newer = JSON.stringify({ ...(JSON.parse(exported || '{}') as object), version: 99 });
    await importState(page, 'newer.json', newer);
    await expect.poll(() => message.textContent()).toContain('newer.json was not imported');
    expect(await page.getByRole('button', { name: 'Replace with the file' }).count()).toBe(0);
    expect(await exportState(page)).toBe(exported);
    expect(session?.offMachineRequests).toEqual([]);
  });

  it('prints the pack to PDF with OFFICIAL-SENSITIVE at the top and bottom of every page', async () => {
    const page = session?.page as Page;
    await page.getByRole('button', { name: 'Print pack…' }).click();
    await page.getByTestId('pack-preview').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'tasking-pack-preview.png') });
    const pdf = join(ARTIFACTS, 'tasking-pack.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(lines[0]).toContain('OFFICIAL-SENSITIVE');
      expect(lines[lines.length - 1]).toContain('OFFICIAL-SENSITIVE');
    }
    expect(pages.join('\n')).toContain('T-001');
    expect(session?.offMachineRequests).toEqual([]);
  });

  it('downloads the pack as .docx with the marking in header and footer, the agenda and the targets', async () => {
    const page = session?.page as Page;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download pack (.docx)' }).click(),
    ]);
    const path = join(ARTIFACTS, 'tasking-pack.docx');
    await download.saveAs(path);
    const parts = unzipSync(readFileSync(path));
    const text = (prefix: string) =>
      Object.entries(parts)
        .filter(([name]) => name.startsWith(prefix))
        .map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, ''));
    const headers = text('word/header');
    const footers = text('word/footer');
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const t of [...headers, ...footers]) expect(t).toContain('OFFICIAL-SENSITIVE');
    const body = text('word/document.xml').join('');
    for (const item of [
      'Action log from the last meeting',
      'Tactical assessment',
      'Existing target locations',
    ])
      expect(body).toContain(item);
    for (const id of ['T-001', 'T-003']) expect(body).toContain(id);
    expect(session?.offMachineRequests).toEqual([]);
  });
});
