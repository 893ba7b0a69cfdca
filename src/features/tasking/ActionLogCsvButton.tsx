import { download } from '../../components/download';
import { actionLogCsv } from '../../tasking/action-csv';
import type { TaskingState } from '../../tasking/tasking-state';

interface Props {
  state: TaskingState;
  month: string;
  /** The day (YYYY-MM-DD) the statuses and RAG are read on. */
  day: string;
  testId: string;
  disabled?: boolean;
  /** The button's words, when another action log download is on the same screen. */
  label?: string;
}

/**
 * Downloads the open action log as CSV (formula-safe): restricted actions are left out, as they
 * are from the pack.
 */
export function ActionLogCsvButton({
  state,
  month,
  day,
  testId,
  disabled = false,
  label = 'Action log as CSV',
}: Props) {
  return (
    <button
      type="button"
      disabled={disabled}
      data-testid={testId}
      onClick={() => download(`actions-${month}.csv`, actionLogCsv(state, day))}
    >
      {label}
    </button>
  );
}
