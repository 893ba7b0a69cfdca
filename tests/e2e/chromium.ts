import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Finds a Chromium: CHROME_PATH, then Debian's package, then Playwright's own download.
 * Fails with instructions when none can be had: end-to-end tests never skip.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  try {
    const playwrights = chromium.executablePath();
    if (playwrights && existsSync(playwrights)) return playwrights;
  } catch {
    // playwright-core has no browser of its own here; fall through to the message.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: on Debian/Ubuntu ' +
      '`sudo apt-get install chromium`; elsewhere `npx playwright install chromium`, or set ' +
      'CHROME_PATH to a Chrome/Chromium executable.',
  );
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** A fresh headless Chromium profile with WebGL on SwiftShader; or `profile` again, as it was left. */
export async function launchChromium(profile?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile ?? newProfile(), {
    executablePath: findChromium(),
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 1000 },
  });
}

/** A new, empty Chromium profile folder. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'csp-e2e-'));
}
