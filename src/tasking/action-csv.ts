import { csvText } from '../ingest/local/cell-safety';
import { ACTION_EXPORT_COLUMNS, actionExportRow } from './action-rows';
import type { TaskingState } from './tasking-state';

/**
 * The whole action log as CSV (oldest first), status and RAG as on `day` (YYYY-MM-DD). Every
 * cell goes through `csvCell`, so text starting with = + - @ tab or CR is shown as text by a
 * spreadsheet. Restricted actions are left out unless `restricted` is true.
 */
export function actionLogCsv(
  state: TaskingState,
  day: string,
  options: { restricted: boolean } = { restricted: false },
): string {
  const actions = state.actions.filter((a) => options.restricted || !a.restricted);
  return csvText([
    [...ACTION_EXPORT_COLUMNS],
    ...actions.map((action) => actionExportRow(state, action, day)),
  ]);
}
