import { minutesReport } from '../../src/reports/tasking/minutes-report';
import type { CommandResult, StateCommand } from './command';
import { DataProblem, UsageError } from './command';
import type { CliOptions } from './options';
import { isMonth, OUT_FLAG } from './options';
import { readStateFile, RESTRICTED_FLAG } from './state-input';

export const minutes: StateCommand = {
  name: 'minutes',
  inputs: '',
  summary: 'the minutes of a meeting month from the tasking state: minutes-YYYY-MM.html and .docx',
  flags: [
    { name: 'state', value: 'FILE', description: 'the tasking state.json (required)' },
    { name: 'month', value: 'YYYY-MM', description: 'meeting month (required)', accepts: isMonth },
    RESTRICTED_FLAG,
    OUT_FLAG,
  ],
  runOnState: minutesCommand,
};

async function minutesCommand(options: CliOptions): Promise<CommandResult> {
  const { state: path, month, out } = options.flags;
  if (!path) throw new UsageError('minutes: --state FILE is required');
  if (!month) throw new UsageError('minutes: --month YYYY-MM is required');
  if (!out) throw new UsageError('minutes: --out DIR is required');
  const state = readStateFile(path);
  const restricted = options.switches.has(RESTRICTED_FLAG.name);
  if (!state.meetings.some((m) => m.month === month)) {
    const held = state.meetings.map((m) => m.month).join(', ') || 'none';
    throw new DataProblem(`no meeting is recorded for ${month} in ${path} (meetings: ${held})`);
  }
  const report = await minutesReport(state, month, {
    version: restricted ? 'restricted' : 'open',
  });
  const { minutes: m } = report;
  const decided = m.items.reduce((n, item) => n + item.targets.length, 0);
  return {
    stdout: [
      `Minutes of ${month} (${restricted ? 'restricted version, named cases included' : 'open version'}): ` +
        `${m.closedAt ? 'final' : 'draft, the meeting is not closed'}`,
      `Targets decided: ${decided}; actions in the log after the meeting: ${m.actionLog.rows.length}`,
    ].join('\n'),
    files: [report.html, report.docx],
  };
}
