import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPoliceUkFiles } from '../support/independent-count';
import { REPO_ROOT } from '../support/shared-data';
import { ARTIFACTS, openAppSession } from './app-session';
import { axeViolations } from './axe';

type Session = Awaited<ReturnType<typeof openAppSession>>;
let session: Session;

/** Three demo police.uk months, loaded through the file input (the whole demo is slow to load). */
const POLICE_UK_FILES = ['2025-10', '2025-11', '2025-12'].flatMap((month) => {
  const folder = join(REPO_ROOT, 'data/demo/policeuk', month);
  return readdirSync(folder).map((name) => join(folder, name));
});
const POLICE_UK = countPoliceUkFiles(POLICE_UK_FILES);
const POLICE_UK_ASB = POLICE_UK.byType['Anti-social behaviour'] ?? 0;
const COUNCIL = 'Council ASB cases';

async function totalIncidents(): Promise<number> {
  const text = await session.page.textContent('[data-testid=total-incidents]');
  return Number((text ?? '').replaceAll(',', ''));
}

async function statement(): Promise<string> {
  return (await session.page.textContent('[data-testid=counting-statement]')) ?? '';
}

/** Waits for the totals bar to move away from `from`, and returns the new total. */
async function totalChangedFrom(from: number): Promise<number> {
  await session.page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid=total-incidents]')?.textContent?.replaceAll(',', '') !==
      String(n),
    from,
    { timeout: 120_000 },
  );
  return totalIncidents();
}

beforeAll(async () => {
  session = await openAppSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the counting source per category in the app', () => {
  it('loads the demo police.uk files and the council ASB extract', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}?demo=0`, { timeout: 120_000 });
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('[data-testid=file-input]')?.disabled === false,
      undefined,
      { timeout: 120_000 },
    );
    await page.setInputFiles('[data-testid=file-input]', POLICE_UK_FILES);
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid=total-incidents]')
          ?.textContent?.replaceAll(',', '') === String(n),
      POLICE_UK.total,
      { timeout: 180_000 },
    );
    expect(await statement()).toContain('each category is recorded by one source only (police.uk)');

    await page.click('[data-testid=demo-local]');
    const council = page.locator('[data-testid=column-mapping-form]', {
      hasText: 'council-asb-cases.csv',
    });
    await council.waitFor({ timeout: 60_000 });
    await page.fill('[data-testid=mapping-source]', COUNCIL);
    await page.click('[data-testid=confirm-columns]');
    await page.locator('[data-testid=code-mapping-step]').waitFor({ timeout: 60_000 });
    await page.click('[data-testid=load-local]');
    for (const file of ['fire-incidents.csv', 'police-incidents.csv']) {
      await page
        .locator('[data-testid=column-mapping-form]', { hasText: file })
        .waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Skip this file' }).click();
    }
    await page.locator('[data-testid=count-from-asb]').waitFor({ timeout: 120_000 });
  });

  it('counts ASB from the council extract by default, states it, and shows police.uk beside it', async () => {
    const { page } = session;
    const choice = page.locator('[data-testid=count-from-asb]');
    expect(await choice.inputValue()).toBe(COUNCIL);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=counting-statement]')
          ?.textContent?.includes('Anti-social behaviour counted from') ?? false,
      undefined,
      { timeout: 60_000 },
    );
    const text = await statement();
    expect(text).toContain(`Anti-social behaviour counted from ${COUNCIL} (default)`);
    expect(text).toContain(`also recorded: police.uk ${POLICE_UK_ASB.toLocaleString('en-GB')}`);
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(ARTIFACTS, `counting-default-${size.width}.png`) });
    }
    expect(
      (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });

  it('counts ASB from police.uk when chosen with the keyboard: the total and the statement change, the link keeps it', async () => {
    const { page } = session;
    const councilAsb = Number(
      /\(([\d,]+)\)/
        .exec(
          (await page
            .locator(`[data-testid=count-from-asb] option[value="${COUNCIL}"]`)
            .textContent()) ?? '',
        )?.[1]
        ?.replaceAll(',', ''),
    );
    const before = await totalIncidents();
    await page.focus('[data-testid=count-from-asb]');
    await page.locator('[data-testid=count-from-asb]').selectOption('police.uk');
    const after = await totalChangedFrom(before);
    expect(after - before).toBe(POLICE_UK_ASB - councilAsb);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=counting-statement]')
          ?.textContent?.includes('(chosen)'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await statement()).toContain(
      `Anti-social behaviour counted from police.uk (chosen): ${POLICE_UK_ASB.toLocaleString('en-GB')}; also recorded: ${COUNCIL} ${councilAsb.toLocaleString('en-GB')}`,
    );
    expect(new URL(page.url()).searchParams.getAll('count')).toEqual([`asb:police.uk`]);
    await page.screenshot({ path: join(ARTIFACTS, 'counting-chosen-1280.png') });

    await page
      .getByRole('tab', { name: 'Trends', exact: true })
      .or(page.getByRole('button', { name: 'Trends', exact: true }))
      .first()
      .click();
    await page
      .locator('[data-testid=trends-view] [data-testid=counting-statement]')
      .waitFor({ timeout: 120_000 });
    expect(
      await page.textContent('[data-testid=trends-view] [data-testid=counting-statement]'),
    ).toContain('Anti-social behaviour counted from police.uk (chosen)');

    await page.goBack();
    await page.goBack();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid=counting-statement]')
          ?.textContent?.includes('(default)'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator('[data-testid=count-from-asb]').inputValue()).toBe(COUNCIL);
    expect(await totalChangedFrom(after)).toBe(before);
  });

  it('sent no request off the machine and raised no page errors', () => {
    expect(session.offMachineRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
