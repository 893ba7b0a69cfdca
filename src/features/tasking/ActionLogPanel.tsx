import { useId, useMemo, useState } from 'react';
import { actionRag, actionShownStatus } from '../../tasking/action-log';
import type { TaskingState } from '../../tasking/tasking-state';
import { ActionForm } from './ActionForm';
import { ActionLogCsvButton } from './ActionLogCsvButton';
import { ActionTable } from './ActionTable';
import { todayIso } from './action-text';
import { PartnerDirectory } from './PartnerDirectory';
import { PartnerLists } from './PartnerLists';
import { RecordedBy } from './RecordedBy';
import { saveRecorderName, savedRecorderName } from './recorder-name';

interface Props {
  state: TaskingState;
  month: string;
}

const RANK = { overdue: 0, 'carried-forward': 0, open: 1, done: 2 } as const;

/** The action log: every action with its status on a chosen day, changes to each, new actions. */
export function ActionLogPanel({ state, month }: Props) {
  const [day, setDay] = useState(todayIso);
  const [who, setWho] = useState(savedRecorderName);
  const dayId = useId();
  const rows = useMemo(
    () =>
      state.actions
        .map((action) => ({
          action,
          shown: actionShownStatus(action, day),
          rag: actionRag(action, day),
        }))
        .sort(
          (a, b) =>
            RANK[a.shown] - RANK[b.shown] ||
            a.action.due.localeCompare(b.action.due) ||
            a.action.id.localeCompare(b.action.id),
        ),
    [state.actions, day],
  );
  const counts = rows.reduce<Record<string, number>>((n, r) => {
    n[r.shown] = (n[r.shown] ?? 0) + 1;
    return n;
  }, {});
  return (
    <section aria-labelledby="action-log-heading" className="action-log">
      <PartnerLists partners={state.partners} />
      <h2 id="action-log-heading">Action log</h2>
      <div className="tasking-bar">
        <label htmlFor={dayId}>
          Status as of{' '}
          <input
            id={dayId}
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value || todayIso())}
          />
        </label>
        <p className="muted" data-testid="action-counts">
          {rows.length} actions: {counts.overdue ?? 0} overdue, {counts['carried-forward'] ?? 0}{' '}
          carried forward, {counts.open ?? 0} open, {counts.done ?? 0} done.
        </p>
        <ActionLogCsvButton
          state={state}
          month={month}
          day={day}
          testId="action-log-csv"
          label={`Action log as CSV (status as of ${day})`}
        />
      </div>
      <div className="recorded-by-bar">
        <RecordedBy
          value={who}
          onChange={(name) => {
            setWho(name);
            saveRecorderName(name);
          }}
        />
      </div>
      <ActionTable
        rows={rows}
        targets={state.targets}
        by={who.trim() ? { who: who.trim(), month } : null}
        caption={`Actions, status as of ${day} (overdue and carried forward first)`}
        testId="action-log"
      />
      <h3>New action ({month})</h3>
      <ActionForm state={state} month={month} who={who} />
      <PartnerDirectory key={JSON.stringify(state.partners)} partners={state.partners} />
    </section>
  );
}
