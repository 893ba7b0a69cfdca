import { useId, useState } from 'react';
import { monthLabel } from '../../analytics/months';
import { actionShownStatus } from '../../tasking/action-log';
import { awaitingReply, previousMeeting } from '../../tasking/meeting-record';
import type { TaskingState } from '../../tasking/tasking-state';
import { todayIso } from './action-text';
import { meetingChanges } from './meeting-changes';
import { savedRecorderName, saveRecorderName } from './recorder-name';

interface Props {
  state: TaskingState;
  month: string;
}

/** Opens the month's meeting (date, chair), showing what it takes over from the last one. */
export function MeetingStart({ state, month }: Props) {
  const today = todayIso();
  const [date, setDate] = useState(today.startsWith(month) ? today : '');
  const [chair, setChair] = useState(savedRecorderName);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const last = previousMeeting(state, month);
  const day = date || today;
  const unfinished = state.actions.filter((a) => a.status !== 'done' && !a.restricted);
  const overdue = unfinished.filter((a) => actionShownStatus(a, day) === 'overdue');
  const carried = unfinished.filter((a) => a.status === 'carried-forward');
  const waiting = awaitingReply(state);
  const decisions = last
    ? state.targets.flatMap((t) =>
        t.history
          .filter((e) => e.month === last.month && e.change !== 'edited')
          .map((e) => `${t.id} ${e.change}`),
      )
    : [];

  async function start() {
    if (!chair.trim()) return setProblem('Name the chair: every decision is recorded by them.');
    setBusy(true);
    setProblem(null);
    saveRecorderName(chair);
    try {
      await meetingChanges.start(month, { date: date || null, chair });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="meeting-start">
      <h2 tabIndex={-1}>Start the {monthLabel(month)} meeting</h2>
      <section aria-label="From the last meeting" data-testid="carried-over">
        {last ? (
          <>
            <p>
              From the {monthLabel(last.month)} meeting
              {last.closedAt ? '' : ' (not closed)'}:
            </p>
            <ul>
              <li>
                Decisions on targets:{' '}
                {decisions.length > 0 ? decisions.join(', ') : 'none recorded'}.
              </li>
              <li>
                Actions not done: {unfinished.length} ({overdue.length} overdue on {day},{' '}
                {carried.length} carried forward).
              </li>
              <li>
                Escalations awaiting the board’s reply:{' '}
                {waiting.length > 0 ? waiting.map((e) => e.id).join(', ') : 'none'}.
              </li>
            </ul>
          </>
        ) : (
          <p>No earlier meeting is recorded in this browser: this is the first.</p>
        )}
      </section>
      <form
        className="meeting-inline-form"
        aria-label="Start the meeting"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label htmlFor={`${ids}-date`}>
          Meeting date
          <input
            id={`${ids}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label htmlFor={`${ids}-chair`}>
          Chair (records the decisions)
          <input
            id={`${ids}-chair`}
            required
            autoComplete="name"
            value={chair}
            onChange={(e) => setChair(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Start the meeting'}
        </button>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
