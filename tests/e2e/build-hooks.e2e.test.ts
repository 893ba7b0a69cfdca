import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-data';
import { E2E_OUT_DIR } from './static-server';

/** Every `window.__name` the app's source sets or reads: the test-only hooks. */
function hookNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name))
        for (const m of readFileSync(path, 'utf8').matchAll(/window\.(__\w+)/g)) names.add(m[1]!);
    }
  };
  walk(join(REPO_ROOT, 'src'));
  return [...names].sort();
}

/** The hook names that appear in a build's JavaScript. */
function hooksInBuild(outDir: string, hooks: readonly string[]): string[] {
  const assets = join(REPO_ROOT, outDir, 'assets');
  if (!existsSync(assets)) throw new Error(`${assets} is missing: run npm run test:e2e`);
  const code = readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  return hooks.filter((hook) => code.includes(hook));
}

describe('test-only window hooks', () => {
  const hooks = hookNames();

  it('are __cspMap, __cspDrawMap (the tasking draw map) and __cspCharts', () => {
    expect(hooks).toEqual(['__cspCharts', '__cspDrawMap', '__cspMap']);
  });

  it('are in the end-to-end build and nowhere in the production build', () => {
    expect(hooksInBuild(E2E_OUT_DIR, hooks)).toEqual(hooks);
    expect(hooksInBuild('dist', hooks)).toEqual([]);
  });
});
