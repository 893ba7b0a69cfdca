import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../support/run-cli';
import { sharedData } from '../../support/shared-data';

const MONTHS = ['2025-04', '2025-05', '2025-06'];

const cli = runCliInProcess;

describe('the command line on native DuckDB and on DuckDB-WASM', () => {
  it.for(['summary', 'trends', 'hotspots'])(
    '%s --json is identical on both engines for real Derbyshire months',
    async (command, test) => {
      const folder = sharedData(test, 'policeuk', 'derbyshire');
      const files = MONTHS.flatMap((month) =>
        readdirSync(join(folder, month))
          .filter((name) => name.endsWith('-street.csv'))
          .map((name) => join(folder, month, name)),
      );
      expect(files).toHaveLength(MONTHS.length);
      const native = await cli([command, ...files, '--json', '--engine', 'native']);
      const wasm = await cli([command, ...files, '--json', '--engine', 'wasm']);
      expect(native.stderr).toBe('');
      expect(native.code).toBe(0);
      expect(wasm.code).toBe(0);
      expect(native.stdout.length).toBeGreaterThan(1000);
      expect(native.stdout).toBe(wasm.stdout);
    },
  );

  it('refuses an engine it does not know, naming the choices', async () => {
    const run = await cli(['summary', 'x.csv', '--engine', 'sqlite']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--engine must be native|wasm, not sqlite');
  });
});
