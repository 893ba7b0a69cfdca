import { actionRag, actionShownStatus } from './action-log';
import type { ActionShownStatus, Rag, TaskingAction } from './meeting-state';
import type { TaskingState } from './tasking-state';

/** The action log as rows of text: the pack, the minutes and the CSV export share these. */

/** Columns of the exported action log (CSV, minutes), in order. */
export const ACTION_EXPORT_COLUMNS = [
  'Ref',
  'Action',
  'Target',
  'Owner agency',
  'Officer',
  'Due',
  'Status',
  'RAG',
  'Raised',
  'Last update',
] as const;

const STATUS_WORDS: Record<ActionShownStatus, string> = {
  open: 'Open',
  done: 'Done',
  overdue: 'Overdue',
  'carried-forward': 'Carried forward',
};
const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export function statusWord(status: ActionShownStatus): string {
  return STATUS_WORDS[status];
}

export function ragWord(rag: Rag): string {
  return RAG_WORDS[rag];
}

/** "T-003 Park Road underpass", or "General" for an action serving no target. */
export function actionTargetText(state: TaskingState, action: TaskingAction): string {
  if (action.targetId === null) return 'General';
  const target = state.targets.find((t) => t.id === action.targetId);
  return target ? `${target.id} ${target.name}` : action.targetId;
}

/** The latest dated update in words ("2025-10-14: patrols started"), or "" when none. */
export function lastUpdateText(action: TaskingAction): string {
  const last = action.updates.at(-1);
  if (!last) return '';
  const moved = last.due === null ? '' : ` (due moved to ${last.due})`;
  const note = last.note === '' ? statusWord(last.status) : last.note;
  return `${last.at.slice(0, 10)}: ${note}${moved}`;
}

/** One action as a row of {@link ACTION_EXPORT_COLUMNS}, its status and RAG as on `day`. */
export function actionExportRow(state: TaskingState, action: TaskingAction, day: string): string[] {
  return [
    action.id,
    action.text,
    actionTargetText(state, action),
    action.agency,
    action.officer,
    action.due,
    statusWord(actionShownStatus(action, day)),
    ragWord(actionRag(action, day)),
    action.raisedAt.slice(0, 10),
    lastUpdateText(action),
  ];
}
