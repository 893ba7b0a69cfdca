import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeMappingsFile } from '../../../scripts/cli/local-mapping';
import { runCommandLine } from '../../../scripts/cli/main';
import { mappingsToJson } from '../../../src/ingest/local/mappings-file';
import { serializeTaskingState } from '../../../src/tasking/state-file';
import { taskTarget } from '../../../src/tasking/target-lifecycle';
import type { TaskingState } from '../../../src/tasking/tasking-state';
import { REPO_ROOT } from '../../support/shared-data';

const DEMO = join(REPO_ROOT, 'data/demo');
const OUTPUTS = [
  'actions.csv',
  'agenda.docx',
  'agenda.html',
  'state.json',
  'targets.csv',
  'targets.geojson',
];

async function cli(...argv: string[]) {
  const printed = { stdout: '', stderr: '' };
  const code = await runCommandLine(argv, {
    stdout: async (text) => void (printed.stdout += text),
    stderr: async (text) => void (printed.stderr += text),
  });
  return { code, ...printed };
}

function readState(dir: string): TaskingState {
  return JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as TaskingState;
}

describe('cli pack on the demo borough', () => {
  if (!existsSync(join(DEMO, 'policeuk')))
    throw new Error('data/demo is missing: run `npm run demo-data` first');
  const base = mkdtempSync(join(tmpdir(), 'pack-'));
  const first = join(base, 'november');
  const second = join(base, 'december');
  const inputs = [join(DEMO, 'policeuk'), '--boundary', join(DEMO, 'wards.geojson')];

  it(
    'writes the five files, proposes the top candidates as targets with ids, and next month ' +
      'keeps the ids of the places that continue while new places get new ids',
    async () => {
      const november = await cli('pack', ...inputs, '--month', '2025-11', '--out', first);
      expect(november.stderr).toBe('');
      expect(november.code).toBe(0);
      expect(readdirSync(first).sort()).toEqual(OUTPUTS);
      const before = readState(first);
      const count = before.settings.candidateCount;
      expect(before.targets.map((t) => t.id)).toEqual(
        Array.from({ length: count }, (_, i) => `T-${String(i + 1).padStart(3, '0')}`),
      );
      expect(before.targets.every((t) => t.status === 'nominated')).toBe(true);
      const csv = readFileSync(join(first, 'targets.csv'), 'utf8').split('\r\n');
      expect(csv[0]?.split(',')[0]).toBe('id');
      expect(csv.filter(Boolean)).toHaveLength(count + 1);

      // The meeting tasks T-001 to the police from November (as the app would record it).
      const tasked = taskTarget(
        before,
        'T-001',
        {
          leadAgency: 'Police',
          problem: { scanning: 'Rise in ASB', analysis: '', response: 'Patrols', assessment: '' },
        },
        'chair',
        '2025-11',
        new Date('2025-12-09T10:00:00Z'),
      );
      const stateFile = join(base, 'state-after-meeting.json');
      writeFileSync(stateFile, serializeTaskingState(tasked));
      const december = await cli(
        'pack',
        ...inputs,
        '--month',
        '2025-12',
        '--state',
        stateFile,
        '--out',
        second,
      );
      expect(december.code).toBe(0);
      const after = readState(second);
      // Every target of November is still there with the same id, place and history.
      for (const old of before.targets) {
        const kept = after.targets.find((t) => t.id === old.id);
        expect(kept?.geometry).toEqual(old.geometry);
        expect(kept?.history[0]).toEqual(old.history[0]);
      }
      const added = after.targets.slice(before.targets.length);
      expect(added.map((t) => Number(t.id.slice(2)))).toEqual(
        added.map((_, i) => before.nextTargetNumber + i),
      );
      expect(after.nextTargetNumber).toBe(before.nextTargetNumber + added.length);
      // The planted persistent hotspots continue: they match existing targets, so fewer than a
      // full set of new nominations is made.
      expect(added.length).toBeLessThan(count);
      expect(added.every((t) => t.nominatedMonth === '2025-12')).toBe(true);
      const html = readFileSync(join(second, 'agenda.html'), 'utf8');
      for (const t of after.targets) expect(html).toContain(`id="target-${t.id}"`);
      // T-001 is an existing target now, with its before/after record in the CSV.
      const rows = readFileSync(join(second, 'targets.csv'), 'utf8').split('\r\n');
      const header = rows[0]!.split(',');
      const t001 = rows.find((r) => r.startsWith('T-001,'))!.split(',');
      const field = (name: string) => t001[header.indexOf(name)];
      expect(field('status')).toBe('active');
      expect(field('tasked_month')).toBe('2025-11');
      expect(Number(field('after_months'))).toBeGreaterThan(0);
      expect(field('after_count')).toMatch(/^\d+$/);
      const item3 = html.slice(html.indexOf('id="item-3"'), html.indexOf('id="item-4"'));
      expect(item3).toContain('id="target-T-001"');
      expect(item3).toContain('Weighted Displacement Quotient');
      // Places that continue carry this month's evidence under their old id.
      const geojson = JSON.parse(readFileSync(join(second, 'targets.geojson'), 'utf8'));
      const continuing = geojson.features.filter(
        (f: { properties: { id: string; thisMonth: string | null } }) =>
          Number(f.properties.id.slice(2)) < before.nextTargetNumber && f.properties.thisMonth,
      );
      expect(continuing.length).toBeGreaterThan(0);
    },
    600_000,
  );

  it('refuses a corrupt state file with the parser message, exit 1, and writes nothing', async () => {
    const corrupt = join(base, 'corrupt.json');
    writeFileSync(corrupt, '{"format": "csp-tasking-state", "version": 1, "targets": [');
    const out = join(base, 'refused');
    const run = await cli(
      'pack',
      ...inputs,
      '--month',
      '2025-12',
      '--state',
      corrupt,
      '--out',
      out,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /--state .*corrupt\.json: This is not a tasking state file: it is not valid JSON/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it(
    'loads a local extract with --mapping (the saved mappings of local-mapping) and, without ' +
      'it, refuses the extract and writes nothing',
    async () => {
      const extract = join(DEMO, 'local', 'council-asb-cases.csv');
      const mappings = join(base, 'mappings.json');
      writeFileSync(mappings, mappingsToJson(await proposeMappingsFile([extract])));
      const boundary = ['--boundary', join(DEMO, 'wards.geojson'), '--month', '2025-11'];

      const unmapped = join(base, 'unmapped');
      const refused = await cli('pack', extract, ...boundary, '--out', unmapped);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('needs a column mapping');
      expect(existsSync(unmapped)).toBe(false);

      const mapped = join(base, 'mapped');
      const run = await cli('pack', extract, ...boundary, '--mapping', mappings, '--out', mapped);
      // The demo extract plants four rows dated "TBC": reported (exit 1), the pack still written.
      expect(run.stderr.trim()).toMatch(/^pack: council-asb-cases\.csv: 4 rows rejected/);
      expect(run.code).toBe(1);
      expect(readdirSync(mapped).sort()).toEqual(OUTPUTS);
      // The council's cases were analysed: its top places are nominated, and the pack names
      // the extract as its source.
      expect(readState(mapped).targets.length).toBeGreaterThan(0);
      expect(readFileSync(join(mapped, 'agenda.html'), 'utf8')).toContain('council-asb-cases');
    },
    600_000,
  );
});
