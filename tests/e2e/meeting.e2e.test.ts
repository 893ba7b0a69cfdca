import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { readDocx } from '../unit/tasking/docx-text';
import { ARTIFACTS, openAppSession, waitForTotal } from './app-session';
import { axeViolations } from './axe';
import { newProfile } from './chromium';
import { serveBuiltApp } from './static-server';

/**
 * Three consecutive monthly meetings on the demo borough, run from meeting mode: attendance,
 * nominations tasked and declined, actions raised, one done, one overdue, one carried forward,
 * a target closed and reopened as a candidate once its monitoring ended, an escalation to the
 * board and its reply, a restricted action; and a decision confirmed just before the browser is
 * killed survives it. The minutes and the action log are then downloaded and read back.
 */

type Session = Awaited<ReturnType<typeof openAppSession>>;

const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'data/demo/truth.json'), 'utf8')) as {
  policeUk: { rows: number };
};

const SLOW = { timeout: 1_500_000 };
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

async function openApp(): Promise<Page> {
  session = await openAppSession({ profile, server });
  const page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await waitForTotal(page, truth.policeUk.rows, 240_000).catch(async (error: unknown) => {
    await page.screenshot({ path: join(ARTIFACTS, 'meeting-open-failed.png') });
    throw error;
  });
  await page.getByRole('tab', { name: 'Tasking', exact: true }).click();
  await page.getByTestId('tasking-view').waitFor();
  return page;
}

function killBrowser(): void {
  const pids = execFileSync('pgrep', ['-f', profile], { encoding: 'utf8' })
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

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS, `meeting-${name}.png`) });
}

/** Opens meeting mode for `month` from the Tasking view. */
async function meetingMode(page: Page, month: string): Promise<void> {
  await page.getByTestId('meeting-month').selectOption(month);
  await page.getByRole('button', { name: 'Meeting mode…' }).click();
  await page.getByTestId('meeting-mode').waitFor();
}

async function startMeeting(page: Page, date: string): Promise<void> {
  await page.getByLabel('Meeting date').fill(date);
  await page.getByLabel(/^Chair/).fill('Chair C');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByTestId('agenda-item-0').waitFor();
}

/** The file the page offers for download when `click` starts it: its name and bytes. */
async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Moves to agenda item `n` with its number key, leaving a field first with Escape. */
async function toItem(page: Page, n: number): Promise<Locator> {
  const inField = await page.evaluate(
    () => document.activeElement?.closest('input, textarea, select, [role=radiogroup]') != null,
  );
  if (inField) await page.keyboard.press('Escape');
  await page.keyboard.press(String(n));
  const item = page.getByTestId(`agenda-item-${n}`);
  await item.waitFor();
  return item;
}

async function saved(scope: Locator | Page, text: string): Promise<void> {
  await scope.getByText(text).first().waitFor({ timeout: 120_000 });
}

async function attend(page: Page, agency: string, name: string, choice: string): Promise<void> {
  const row = page.locator(`tr[data-agency="${agency}"]`);
  await row.getByLabel(`Name for ${agency}`).fill(name);
  await row.getByRole('radio', { name: choice }).click();
  await expect.poll(() => row.getByRole('radio', { name: choice }).isChecked()).toBe(true);
}

async function addAction(
  form: Locator,
  action: { text: string; agency: string; officer: string; due: string },
): Promise<void> {
  await form.getByLabel('Action', { exact: true }).fill(action.text);
  await form.getByLabel('Owner agency').fill(action.agency);
  await form.getByLabel('Officer').fill(action.officer);
  await form.getByLabel('Due date').fill(action.due);
  await form.getByRole('button', { name: 'Add action' }).click();
}

/** The action review of item 1 as [ref, status, RAG] rows, in the order shown. */
async function reviewRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('meeting-action-review')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '');
        return [cells[0] ?? '', cells[5] ?? '', cells[6] ?? ''];
      }),
    );
}

async function decide(page: Page, id: string, button: string, note: string, submit: string) {
  const card = page.locator(`[data-target="${id}"]`);
  await card.getByRole('button', { name: button }).click();
  await card.getByRole('textbox').first().fill(note);
  await card.getByRole('button', { name: submit, exact: true }).click();
}

async function closeMeeting(page: Page): Promise<void> {
  const item = await toItem(page, 8);
  await item.getByRole('button', { name: 'Close the meeting…' }).click();
  await item.getByRole('button', { name: 'Yes, close the meeting' }).click();
  await item.getByTestId('meeting-closed').waitFor();
}

async function leave(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('tasking-view').waitFor();
}

/** Presses Tab until the focused element's accessible text matches `name` (keyboard only). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.innerText ?? ''}`;
    });
    if (name.test(text)) return;
  }
  throw new Error(`Nothing matching ${name} could be reached with Tab`);
}

describe('three monthly meetings run from meeting mode on the demo borough', () => {
  it(
    'month 1 (October 2025): attendance, two nominations tasked, three actions, a restricted note',
    SLOW,
    async () => {
      const page = await openApp();
      await page
        .getByRole('navigation', { name: 'Tasking' })
        .getByRole('button', { name: 'Settings' })
        .click();
      await page.getByLabel(/^Monitoring months/).fill('0');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: /saved/i }).first().waitFor();

      await meetingMode(page, '2025-10');
      expect(page.url()).toContain('view=meeting');
      expect(page.url()).toContain('meeting=2025-10');
      expect(await page.locator('.sidebar').count()).toBe(0);
      await page.getByTestId('carried-over').getByText('this is the first').waitFor();
      expect(await serious(page)).toEqual([]);
      await startMeeting(page, '2025-10-16');

      await attend(page, 'Police', 'PS Patel', 'Present');
      await attend(page, 'Borough council: community safety', 'Sam Reed', 'Present');
      await attend(page, 'NHS', 'Dr Okafor', 'Apologies');
      await expect
        .poll(() => page.getByTestId('attendance-counts').textContent())
        .toBe('Attendance: 2 present, 1 apologies, 7 absent.');
      const fontSize = await page
        .getByTestId('agenda-item-0')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(20);
      await shot(page, 'm1-item0-attendance');
      expect(await serious(page)).toEqual([]);

      // Next with N: the item changes, focus goes to its heading and it is announced.
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      await page.getByTestId('agenda-item-1').waitFor();
      await expect
        .poll(() => page.getByTestId('meeting-announcement').textContent())
        .toBe('Item 1 of 8: Action log from the last meeting');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-item-heading');
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('agenda-item-2').waitFor();
      await page.keyboard.press('p');
      await page.getByTestId('agenda-item-1').waitFor();

      const nominations = await toItem(page, 4);
      const candidates = nominations.getByTestId('meeting-candidates');
      await candidates.waitFor({ timeout: 900_000 });
      await shot(page, 'm1-item4-candidates');
      expect(await serious(page)).toEqual([]);
      for (const id of ['T-001', 'T-002']) {
        await candidates
          .getByRole('button', { name: /^Nominate / })
          .first()
          .click();
        await saved(nominations, `Nominated as ${id}: saved.`);
      }
      const leads = { 'T-001': 'Police', 'T-002': 'Borough council: housing' };
      for (const [id, lead] of Object.entries(leads)) {
        const card = nominations.locator(`[data-target="${id}"]`);
        await card.getByRole('button', { name: 'Accept…' }).click();
        await card.getByLabel('Lead agency').fill(lead);
        await card.getByLabel(/scanning/).fill('Repeated disorder in the evenings.');
        await card.getByRole('button', { name: `Task ${id}` }).click();
        await nominations.getByTestId('nominations-decided').getByText(id).waitFor();
      }
      expect(await nominations.getByTestId('nominations-decided').textContent()).toContain(
        'T-002 tasked, lead agency Borough council: housing',
      );

      const targets = await toItem(page, 3);
      const t2 = targets.locator('[data-target="T-002"]');
      await t2.getByText('New action for T-002').click();
      const t2Form = page.getByRole('form', { name: 'New action for T-002' });
      await addAction(t2Form, {
        text: 'Joint patrols on Friday and Saturday nights',
        agency: 'Police',
        officer: 'PC Jones',
        due: '2025-11-10',
      });
      await saved(t2Form, 'Action A-001 added: saved.');
      await addAction(t2Form, {
        text: 'Letters to tenants about the nuisance',
        agency: 'Borough council: housing',
        officer: 'Ann Lee',
        due: '2025-11-14',
      });
      await saved(t2Form, 'Action A-002 added: saved.');
      await expect.poll(() => targets.getByTestId('before-after').count()).toBe(2);
      await shot(page, 'm1-item3-targets');
      expect(await serious(page)).toEqual([]);

      const review = await toItem(page, 1);
      await review.getByText('New general action').click();
      const general = page.getByRole('form', { name: 'New general action' });
      await addAction(general, {
        text: 'Review CCTV coverage of the retail park',
        agency: 'Borough council: community safety',
        officer: 'Sam Reed',
        due: '2025-11-12',
      });
      await saved(general, 'Action A-003 added: saved.');
      await expect
        .poll(() => reviewRows(page))
        .toEqual([
          ['A-001', 'Open', 'Green'],
          ['A-003', 'Open', 'Green'],
          ['A-002', 'Open', 'Green'],
        ]);
      await shot(page, 'm1-item1-actions');

      const victims = await toItem(page, 5);
      expect(await victims.getByTestId('victim-counts').textContent()).not.toContain('J. Smith');
      await page.getByRole('button', { name: 'Restricted part: off' }).click();
      await page.getByTestId('restricted-banner').waitFor();
      const restricted = page.getByRole('form', { name: 'Restricted case note, item 5' });
      await restricted
        .getByLabel('Restricted case note')
        .fill('J. Smith: three reports since August.');
      await restricted.getByRole('button', { name: 'Record restricted case note' }).click();
      await saved(restricted, 'Restricted case note: saved.');
      await victims.getByText('RESTRICTED J. Smith').waitFor();
      await shot(page, 'm1-item5-restricted');
      expect(await serious(page)).toEqual([]);
      // At 1280 px, with every control in it showing, the bar stays one line high.
      const bar = await page.locator('.meeting-top').evaluate((header) => {
        const title = header.querySelector('h1') as HTMLElement;
        const middles = [...header.children].map((c) => {
          const box = c.getBoundingClientRect();
          return box.top + box.height / 2;
        });
        return {
          titleLines: Math.round(
            title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
          ),
          oneRow: Math.max(...middles) - Math.min(...middles) < 2,
          controls: [...header.querySelectorAll('button')].map((b) => b.textContent),
        };
      });
      expect(bar).toEqual({
        titleLines: 1,
        oneRow: true,
        controls: ['Restricted part: ON', 'Full screen', 'Leave (Esc)'],
      });
      await page.getByRole('button', { name: 'Restricted part: ON' }).click();
      await page.getByTestId('restricted-banner').waitFor({ state: 'detached' });
      // Full screen for the projector, by keyboard: Tab from the switch, Enter on and off.
      const fullScreen = page.getByRole('button', { name: 'Full screen' });
      await page.keyboard.press('Tab');
      expect(await fullScreen.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await fullScreen.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('Enter');
      await expect.poll(() => fullScreen.getAttribute('aria-pressed')).toBe('true');
      expect(
        await page.evaluate(() => document.fullscreenElement === document.documentElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => fullScreen.getAttribute('aria-pressed')).toBe('false');
      await page.getByTestId('agenda-item-5').waitFor();
      await victims.getByText('1 restricted note is hidden in the open part.').waitFor();
      expect(await page.getByTestId('meeting-mode').textContent()).not.toContain('J. Smith');

      const close = await toItem(page, 8);
      const aob = page.getByRole('form', { name: 'Any other business, item 8' });
      await aob.getByLabel('Any other business').fill('Community fun day on 1 November.');
      await aob.getByRole('button', { name: 'Record any other business' }).click();
      await saved(aob, 'Any other business: saved.');
      await closeMeeting(page);
      await close.getByText('Community fun day on 1 November.').waitFor();
      await shot(page, 'm1-item8-closed');
      expect(await serious(page)).toEqual([]);
      expect(session?.offMachineRequests).toEqual([]);
      expect(session?.pageErrors).toEqual([]);
    },
  );

  it(
    'month 2 (November 2025): starts from October; an action done, one overdue, one carried forward; a target closed by keyboard alone, confirmed, then the browser is killed',
    SLOW,
    async () => {
      const page = session?.page as Page;
      await leave(page);
      await meetingMode(page, '2025-11');
      const carried = page.getByTestId('carried-over');
      expect(await carried.textContent()).toContain('T-001 tasked');
      expect(await carried.textContent()).toContain('T-002 tasked');
      expect(await carried.textContent()).toContain('Actions not done: 3');
      await startMeeting(page, '2025-11-20');
      await attend(page, 'Police', 'PS Patel', 'Present');

      await toItem(page, 1);
      await expect
        .poll(() => reviewRows(page))
        .toEqual([
          ['A-001', 'Overdue', 'Red'],
          ['A-003', 'Overdue', 'Red'],
          ['A-002', 'Overdue', 'Red'],
        ]);
      await page.getByRole('button', { name: 'Done A-001…' }).click();
      const done = page.getByRole('form', { name: 'Done A-001' });
      await done.getByLabel('Note (optional)').fill('Patrols ran for four weekends.');
      await done.getByRole('button', { name: 'Mark A-001 done' }).click();
      await saved(page, 'A-001 done: saved.');
      await page.getByRole('button', { name: 'Carry forward A-002…' }).click();
      const carry = page.getByRole('form', { name: 'Carry forward A-002' });
      await carry.getByLabel('New due date').fill('2025-12-31');
      await carry.getByLabel('Note (optional)').fill('Housing officer on leave.');
      await carry.getByRole('button', { name: 'Carry A-002 forward' }).click();
      await saved(page, 'A-002 carry forward: saved.');
      await expect
        .poll(() => reviewRows(page))
        .toEqual([
          ['A-003', 'Overdue', 'Red'],
          ['A-002', 'Carried forward', 'Amber'],
          ['A-001', 'Done', 'Green'],
        ]);
      await shot(page, 'm2-item1-actions');
      expect(await serious(page)).toEqual([]);

      // Keyboard only: jump to item 3, Tab to "Close…" on T-001, give the reason, submit.
      await toItem(page, 3);
      await tabTo(page, /^\s*Close…/);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Disorder down after patrols and a licensing review.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const t1 = page.locator('[data-target="T-001"]');
      await saved(t1, 'Close T-001: saved.');
      expect(await t1.getByTestId('decided').textContent()).toContain(
        'closed — Disorder down after patrols and a licensing review.',
      );
      expect(await page.getByTestId('meeting-save-status').textContent()).toMatch(/^Saved/);

      killBrowser();
      await session?.close().catch(() => undefined);
      const reopened = await openApp();
      await reopened.goto(`${server.url}?view=meeting&meeting=2025-11&item=3`);
      const after = reopened.locator('[data-target="T-001"]');
      await after.getByTestId('decided').waitFor({ timeout: 300_000 });
      expect(await after.getByTestId('decided').textContent()).toContain(
        'closed — Disorder down after patrols and a licensing review.',
      );
    },
  );

  it(
    'month 2 continues after the reopen: a target escalated to the board, the meeting closed',
    SLOW,
    async () => {
      const page = session?.page as Page;
      await decide(
        page,
        'T-002',
        'Escalate to the board…',
        'Housing enforcement needs board funding.',
        'Escalate T-002',
      );
      await saved(page.locator('[data-target="T-002"]'), 'Escalate T-002: saved.');
      await shot(page, 'm2-item3-targets');
      expect(await serious(page)).toEqual([]);
      const close = await toItem(page, 8);
      expect(await close.getByTestId('escalations-raised').textContent()).toContain(
        'E-001 (T-002): Housing enforcement needs board funding.',
      );
      await closeMeeting(page);
    },
  );

  it(
    'month 3 (December 2025): the closed target reopens as a candidate and is declined; the board replies',
    SLOW,
    async () => {
      const page = session?.page as Page;
      await leave(page);
      await meetingMode(page, '2025-12');
      const carried = await page.getByTestId('carried-over').textContent();
      expect(carried).toContain('T-001 closed');
      expect(carried).toContain('T-002 escalated');
      expect(carried).toContain('Escalations awaiting the board’s reply: E-001');
      await startMeeting(page, '2025-12-18');
      await attend(page, 'Police', 'PS Patel', 'Present');
      await attend(page, 'Borough council: housing', 'Ann Lee', 'Present');

      const review = await toItem(page, 1);
      await expect
        .poll(() => reviewRows(page))
        .toEqual([
          ['A-003', 'Overdue', 'Red'],
          ['A-002', 'Carried forward', 'Amber'],
        ]);
      const reply = page.getByRole('form', { name: 'Board reply to E-001' });
      await reply.getByLabel('Board’s reply').fill('Funding agreed for an enforcement officer.');
      await reply.getByRole('button', { name: 'Record reply' }).click();
      await review.getByTestId('awaiting-reply').waitFor({ state: 'detached' });
      await shot(page, 'm3-item1-actions');

      const nominations = await toItem(page, 4);
      const t1 = nominations.locator('[data-target="T-001"]');
      await t1.waitFor({ timeout: 900_000 });
      expect(await t1.textContent()).toContain('crossed the threshold again');
      await t1.getByRole('button', { name: 'Decline…' }).click();
      await t1.getByLabel('Reason for declining').fill('Covered by the town centre plan.');
      await t1.getByRole('button', { name: 'Decline T-001' }).click();
      await nominations.getByTestId('nominations-decided').getByText('T-001 declined').waitFor();
      await shot(page, 'm3-item4-nominations');
      expect(await serious(page)).toEqual([]);

      await toItem(page, 3);
      await decide(
        page,
        'T-002',
        'Continue…',
        'Awaiting the enforcement officer.',
        'Continue T-002',
      );
      await saved(page.locator('[data-target="T-002"]'), 'Continue T-002: saved.');

      // A restricted action: on the action log, never in the open part, minutes or CSV.
      await toItem(page, 1);
      await page.getByRole('button', { name: 'Restricted part: off' }).click();
      await page.getByTestId('restricted-banner').waitFor();
      await review.getByText('New general action').click();
      const general = page.getByRole('form', { name: 'New general action' });
      await addAction(general, {
        text: 'Welfare visit to J. Smith',
        agency: 'Police',
        officer: 'PC Jones',
        due: '2026-01-15',
      });
      await saved(general, 'Action A-004 added: saved.');
      await page.getByRole('button', { name: 'Restricted part: ON' }).click();
      await page.getByTestId('restricted-banner').waitFor({ state: 'detached' });
      await expect
        .poll(() => reviewRows(page))
        .toEqual([
          ['A-003', 'Overdue', 'Red'],
          ['A-002', 'Carried forward', 'Amber'],
        ]);
      await closeMeeting(page);
      expect(session?.offMachineRequests).toEqual([]);
    },
  );

  it(
    'the minutes download as .docx and read back with every decision and action recorded, the marking on every page, and no restricted text in the open version',
    SLOW,
    async () => {
      const page = session?.page as Page;
      const minutesDocx = async (version: 'open' | 'restricted', file: string) => {
        const name =
          version === 'open' ? 'Download minutes (.docx)' : 'Download restricted minutes (.docx)';
        const got = await downloaded(page, () =>
          page.getByRole('button', { name, exact: true }).click(),
        );
        expect(got.name).toBe(file);
        const docx = readDocx(got.bytes);
        expect(docx.headers.length).toBeGreaterThan(0);
        expect(docx.footers.length).toBeGreaterThan(0);
        for (const part of [...docx.headers, ...docx.footers])
          expect(part).toContain('OFFICIAL-SENSITIVE');
        return docx.body;
      };

      // December, just closed: item 8 offers its minutes.
      await page.getByTestId('meeting-closed').waitFor();
      const december = await minutesDocx('open', 'minutes-2025-12.docx');
      for (const recorded of [
        'Chair: Chair C',
        'Meeting: 2025-12-18',
        'Police (PS Patel)',
        'Borough council: housing (Ann Lee)',
        'Nomination declined: Covered by the town centre plan.',
        'Continue: Awaiting the enforcement officer.',
        'A restricted part was held; its notes are kept separately.',
      ])
        expect(december).toContain(recorded);
      for (const restricted of ['A-004', 'Welfare visit', 'J. Smith'])
        expect(december).not.toContain(restricted);
      expect(await minutesDocx('restricted', 'minutes-2025-12-restricted.docx')).toContain(
        'New general action A-004 Welfare visit to J. Smith; owner Police (PC Jones), due 2026-01-15',
      );

      // November, made again a month later: what that meeting recorded, and nothing after it.
      await leave(page);
      await meetingMode(page, '2025-11');
      await toItem(page, 8);
      const november = await minutesDocx('open', 'minutes-2025-11.docx');
      for (const recorded of [
        'Meeting: 2025-11-20',
        'Police (PS Patel)',
        'Closed: Disorder down after patrols and a licensing review.',
        'Escalated: Housing enforcement needs board funding.',
        'Escalated to the CSP board: E-001 (T-002): Housing enforcement needs board funding.',
        'A-001 Joint patrols on Friday and Saturday nights (Police): Done: Patrols ran for four weekends.',
        'A-002 Letters to tenants about the nuisance (Borough council: housing): Carried forward, now due 2025-12-31: Housing officer on leave.',
      ])
        expect(november).toContain(recorded);
      // The action log after the meeting, with owners, dates, status and RAG on the day.
      expect(november).toMatch(
        /A-003\nReview CCTV coverage of the retail park\nGeneral\nBorough council: community safety\nSam Reed\n2025-11-12\nOverdue\nRed/,
      );
      expect(november).toMatch(
        /A-002\nLetters to tenants about the nuisance\nT-002 [^\n]*\nBorough council: housing\nAnn Lee\n2025-12-31\nCarried forward\nAmber/,
      );
      for (const later of ['Covered by the town centre plan.', 'A-004', 'J. Smith'])
        expect(november).not.toContain(later);
      expect(session?.pageErrors).toEqual([]);
    },
  );

  it(
    "each month's agenda, the target list and the action log hold what was recorded",
    SLOW,
    async () => {
      const page = session?.page as Page;
      const decidedOn = async (month: string, id: string) => {
        await page.goto(`${server.url}?view=meeting&meeting=${month}&item=3`);
        const card = page.locator(`[data-target="${id}"]`);
        await card.getByTestId('decided').waitFor({ timeout: 300_000 });
        return card.getByTestId('decided').textContent();
      };
      expect(await decidedOn('2025-10', 'T-002')).toContain('tasked');
      expect(await decidedOn('2025-11', 'T-002')).toContain(
        'escalated — Housing enforcement needs board funding.',
      );
      expect(await decidedOn('2025-12', 'T-002')).toContain(
        'continued — Awaiting the enforcement officer.',
      );
      await page.getByText('This meeting was closed').waitFor();
      await shot(page, 'm3-closed-item3');

      await page.goto(`${server.url}?view=meeting&meeting=2025-10&item=0`);
      await page.getByText('Dr Okafor').waitFor({ timeout: 300_000 });
      expect(await page.getByTestId('attendance-counts').textContent()).toBe(
        'Attendance: 2 present, 1 apologies, 7 absent.',
      );
      await page.keyboard.press('4');
      expect(await page.getByTestId('nominations-decided').textContent()).toContain(
        'T-001 tasked, lead agency Police',
      );
      await page.keyboard.press('8');
      await page.getByText('Community fun day on 1 November.').waitFor();

      await leave(page);
      const nav = page.getByRole('navigation', { name: 'Tasking' });
      await nav.getByRole('button', { name: /^Targets/ }).click();
      const rows = await page
        .getByTestId('targets-table')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
          ),
        );
      expect(rows.map((r) => [r[0], r[3]])).toEqual([
        ['T-001', 'Declined'],
        ['T-002', 'Escalated'],
      ]);

      await nav.getByRole('button', { name: /^Action log/ }).click();
      await page.getByLabel('Status as of').fill('2025-12-18');
      await expect
        .poll(() => page.getByTestId('action-counts').textContent())
        .toBe('4 actions: 1 overdue, 1 carried forward, 1 open, 1 done.');
      const log = await page
        .getByTestId('action-log')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => {
            const c = [...tr.querySelectorAll('th, td')].map((x) => x.textContent?.trim() ?? '');
            return [c[0], c[3], c[4], c[5], c[6]];
          }),
        );
      expect(log).toEqual([
        ['A-003', 'Borough council: community safetySam Reed', '2025-11-12', 'Overdue', 'Red'],
        ['A-002', 'Borough council: housingAnn Lee', '2025-12-31', 'Carried forward', 'Amber'],
        ['A-004', 'PolicePC Jones', '2026-01-15', 'Open', 'Green'],
        ['A-001', 'PolicePC Jones', '2025-11-10', 'Done', 'Green'],
      ]);
      // The open action log as CSV, from the tab and with the pack: no restricted action in it.
      const csv = await downloaded(page, () => page.getByTestId('action-log-csv').click());
      expect(csv.name).toMatch(/^actions-\d{4}-\d{2}\.csv$/);
      const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Ref,Action,Target,Owner agency,Officer,Due,Status,RAG,Raised,Last update',
      );
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['A-001', 'A-002', 'A-003']);
      expect(lines.find((line) => line.startsWith('A-003,'))).toContain(
        'Borough council: community safety,Sam Reed,2025-11-12,Overdue,Red',
      );
      for (const restricted of ['A-004', 'Welfare visit', 'J. Smith'])
        expect(lines.join('\n')).not.toContain(restricted);
      const withPack = await downloaded(page, () =>
        page.getByTestId('pack-action-log-csv').click(),
      );
      expect(withPack.name).toBe(csv.name);
      expect(
        withPack.bytes
          .toString('utf8')
          .trimEnd()
          .split('\r\n')
          .map((line) => line.split(',')[0]),
      ).toEqual(['Ref', 'A-001', 'A-002', 'A-003']);
      await page.screenshot({
        path: join(ARTIFACTS, 'meeting-action-log-tab.png'),
        fullPage: true,
      });
      expect(await serious(page)).toEqual([]);
      expect(session?.offMachineRequests).toEqual([]);
    },
  );

  it(
    "October's minutes print with the marking on every page, what was decided and no restricted note in the open version",
    SLOW,
    async () => {
      const page = session?.page as Page;
      const printed = async (version: 'open' | 'restricted'): Promise<string[]> => {
        const query = version === 'open' ? '' : '&version=restricted';
        await page.goto(`${server.url}?view=minutes&meeting=2025-10${query}`);
        await page.getByTestId('minutes-document').getByText('T-002').first().waitFor({
          timeout: 300_000,
        });
        const pdf = join(ARTIFACTS, `meeting-minutes-2025-10-${version}.pdf`);
        await page.pdf({ path: pdf, format: 'A4' });
        return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
          .split('\f')
          .filter((p) => p.trim() !== '');
      };
      const open = await printed('open');
      expect(open.length).toBeGreaterThan(0);
      for (const text of open) {
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        expect(lines[0]).toContain('OFFICIAL-SENSITIVE');
        expect(lines[lines.length - 1]).toContain('OFFICIAL-SENSITIVE');
      }
      const all = open.join('\n');
      for (const recorded of [
        'PS Patel',
        'Dr Okafor',
        'T-001',
        'T-002',
        'A-001',
        'Joint patrols',
        'Review CCTV',
        'Community fun day',
      ])
        expect(all).toContain(recorded);
      expect(all).not.toContain('J. Smith');
      await page.screenshot({ path: join(ARTIFACTS, 'meeting-minutes-open.png') });
      expect((await printed('restricted')).join('\n')).toContain('J. Smith');
      expect(session?.offMachineRequests).toEqual([]);
      expect(session?.pageErrors).toEqual([]);
    },
  );
});
