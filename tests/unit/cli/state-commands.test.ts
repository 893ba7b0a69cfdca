import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../../scripts/cli/main';
import { serializeTaskingState } from '../../../src/tasking/state-file';
import { readDocx } from '../tasking/docx-text';
import { RESTRICTED_ACTION, RESTRICTED_NOTE, twoMeetings } from '../tasking/meeting-fixture';

async function cli(...argv: string[]) {
  const printed = { stdout: '', stderr: '' };
  const code = await runCommandLine(argv, {
    stdout: async (text) => void (printed.stdout += text),
    stderr: async (text) => void (printed.stderr += text),
  });
  return { code, ...printed };
}

const base = mkdtempSync(join(tmpdir(), 'meeting-cli-'));
const stateFile = join(base, 'state.json');
writeFileSync(stateFile, serializeTaskingState(twoMeetings()));

describe('cli actions', () => {
  it('lists open, overdue and carried-forward actions oldest first with RAG, as JSON', async () => {
    const run = await cli('actions', '--state', stateFile, '--on', '2025-11-11', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout);
    expect(listed.on).toBe('2025-11-11');
    expect(listed.count).toBe(3);
    expect(
      listed.actions.map((a: { id: string; status: string; rag: string; due: string }) => [
        a.id,
        a.status,
        a.rag,
        a.due,
      ]),
    ).toEqual([
      ['A-003', 'overdue', 'red', '2025-10-20'],
      ['A-005', 'overdue', 'red', '2025-10-31'],
      ['A-002', 'overdue', 'red', '2025-11-10'],
    ]);
    expect(listed.actions[2]).toMatchObject({
      target: 'T-002 Park Road underpass',
      agency: 'Borough council: community safety',
      lastUpdate: '2025-10-14: Contractor delayed (due moved to 2025-11-10)',
    });
    expect(run.stdout).not.toContain(RESTRICTED_ACTION);
  });

  it('prints one line per action on the meeting day, and the restricted ones only when asked', async () => {
    const run = await cli('actions', '--state', stateFile, '--on', '2025-10-14');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '3 open actions on 2025-10-14 (overdue and carried forward first, oldest first):',
    );
    expect(lines.slice(1).map((l) => l.slice(0, 30))).toEqual([
      'A-002  Carried forward  Amber ',
      'A-003  Open             Amber ',
      'A-005  Open             Green ',
    ]);
    const restricted = await cli(
      'actions',
      '--state',
      stateFile,
      '--on',
      '2025-10-14',
      '--restricted',
    );
    expect(restricted.stdout).toContain(`A-004  Overdue          Red    due 2025-09-16`);
    expect(restricted.stdout).toContain(RESTRICTED_ACTION);
  });

  it('needs --state (usage, exit 2), takes no inputs, and refuses a damaged state (exit 1)', async () => {
    expect((await cli('actions')).code).toBe(2);
    expect((await cli('actions', 'data/demo', '--state', stateFile)).code).toBe(2);
    const bad = join(base, 'bad.json');
    writeFileSync(bad, '{"format":"csp-tasking-state","version":2}');
    const refused = await cli('actions', '--state', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`actions: --state ${bad}: The tasking state file is damaged`);
  });
});

describe('cli minutes', () => {
  it('writes the open minutes as .html and .docx holding the decisions and no restricted text', async () => {
    const out = join(base, 'open');
    const run = await cli('minutes', '--state', stateFile, '--month', '2025-09', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['minutes-2025-09.docx', 'minutes-2025-09.html']);
    expect(run.stdout).toContain('Minutes of 2025-09 (open version): final');
    const html = readFileSync(join(out, 'minutes-2025-09.html'), 'utf8');
    const docx = readDocx(readFileSync(join(out, 'minutes-2025-09.docx'))).body;
    for (const text of [html, docx]) {
      expect(text).toContain('Nomination declined: Private land: referred to the landowner');
      expect(text).not.toContain(RESTRICTED_NOTE);
      expect(text).not.toContain(RESTRICTED_ACTION);
    }
  });

  it('writes the restricted version on request, and refuses a month with no meeting', async () => {
    const out = join(base, 'restricted');
    const run = await cli(
      'minutes',
      '--state',
      stateFile,
      '--month',
      '2025-09',
      '--out',
      out,
      '--restricted',
    );
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'minutes-2025-09-restricted.html'), 'utf8');
    expect(html).toContain(RESTRICTED_NOTE);
    const missing = await cli('minutes', '--state', stateFile, '--month', '2025-08', '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no meeting is recorded for 2025-08');
    expect((await cli('minutes', '--state', stateFile, '--out', out)).code).toBe(2);
  });
});
