import { actionsForMeeting } from '../../src/tasking/action-log';
import {
  actionTargetText,
  lastUpdateText,
  ragWord,
  statusWord,
} from '../../src/tasking/action-rows';
import type { StateCommand, CommandResult } from './command';
import { UsageError } from './command';
import type { CliOptions } from './options';
import { JSON_FLAG } from './options';
import { DAY, readStateFile, RESTRICTED_FLAG } from './state-input';

export const actions: StateCommand = {
  name: 'actions',
  inputs: '',
  summary: 'the open, overdue and carried-forward actions of the tasking state, oldest first',
  flags: [
    { name: 'state', value: 'FILE', description: 'the tasking state.json (required)' },
    {
      name: 'on',
      value: 'YYYY-MM-DD',
      description: 'the day statuses and RAG are read on (default: today)',
      accepts: (value) => DAY.test(value) && !Number.isNaN(Date.parse(value)),
    },
    RESTRICTED_FLAG,
    JSON_FLAG,
  ],
  runOnState: actionsCommand,
};

/** Overdue and carried forward first, then open; each group oldest (earliest due) first. */
async function actionsCommand(options: CliOptions): Promise<CommandResult> {
  const path = options.flags.state;
  if (!path) throw new UsageError('actions: --state FILE is required');
  const state = readStateFile(path);
  const day = options.flags.on ?? new Date().toISOString().slice(0, 10);
  const rows = actionsForMeeting(state.actions, day, {
    since: null,
    restricted: options.switches.has(RESTRICTED_FLAG.name),
  });
  const listed = rows.map(({ action, shown, rag }) => ({
    id: action.id,
    text: action.text,
    targetId: action.targetId,
    target: actionTargetText(state, action),
    agency: action.agency,
    officer: action.officer,
    due: action.due,
    status: shown,
    rag,
    raisedMonth: action.raisedMonth,
    restricted: action.restricted,
    lastUpdate: lastUpdateText(action) || null,
  }));
  if (options.json)
    return { stdout: JSON.stringify({ on: day, count: listed.length, actions: listed }, null, 2) };
  if (listed.length === 0) return { stdout: `No open actions on ${day}.` };
  return {
    stdout: [
      `${listed.length} open actions on ${day} (overdue and carried forward first, oldest first):`,
      ...listed.map(
        (a) =>
          `${a.id}  ${statusWord(a.status).padEnd(15)}  ${ragWord(a.rag).padEnd(5)}  due ${a.due}  ` +
          `${a.agency}${a.officer ? ` (${a.officer})` : ''}  ${a.target}: ${a.text}`,
      ),
    ].join('\n'),
  };
}
