import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import type { CloseItem } from '../../tasking/pack/pack-model';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';
import { MeetingNotes } from './MeetingNotes';

/**
 * Item 8: escalations to the CSP board raised at this meeting (and a general one), any other
 * business, the next meeting, and closing the meeting (its minutes then are final).
 */
export function MeetingClose({ ctx, minutes }: { ctx: MeetingContext; minutes?: ReactNode }) {
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const ids = useId();
  const raised = ctx.state.escalations.filter((e) => e.month === ctx.month);
  const next = ctx.pack?.agenda.find(
    (a): a is CloseItem & { number: number; title: string } => a.kind === 'close',
  )?.nextMeeting;

  const run = (job: Promise<void>, done: string, after?: () => void) =>
    job.then(
      () => {
        setMessage({ text: done, ok: true });
        after?.();
      },
      (error: unknown) =>
        setMessage({ text: error instanceof Error ? error.message : String(error), ok: false }),
    );

  return (
    <div>
      <h3>Escalations to the CSP board</h3>
      {raised.length === 0 ? (
        <p>None raised at this meeting.</p>
      ) : (
        <ul data-testid="escalations-raised">
          {raised.map((e) => (
            <li key={e.id}>
              <strong>{e.id}</strong>
              {e.targetId ? ` (${e.targetId})` : ''}: {e.text}
            </li>
          ))}
        </ul>
      )}
      {!ctx.readOnly && (
        <form
          className="meeting-inline-form"
          aria-label="General escalation to the board"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              meetingChanges.escalate(ctx.month, null, text, ctx.by.who),
              'Escalation: saved.',
              () => setText(''),
            );
          }}
        >
          <label htmlFor={`${ids}-esc`}>
            Escalate to the board (not about one target)
            <input
              id={`${ids}-esc`}
              required
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit">Escalate to the board</button>
        </form>
      )}
      <h3>Any other business</h3>
      <MeetingNotes ctx={ctx} item={8} kind="aob" label="Any other business" />
      <h3>Next meeting</h3>
      <p>
        {next
          ? next.date
            ? `${next.date} (${next.rule}).`
            : `${next.month}: date to be set (${next.rule}).`
          : 'Set once the meeting date is known.'}
      </p>
      {ctx.readOnly ? (
        <p className="meeting-closed" data-testid="meeting-closed">
          Meeting closed at {ctx.meeting.closedAt?.slice(11, 16)} on{' '}
          {ctx.meeting.closedAt?.slice(0, 10)}: the minutes are final.
        </p>
      ) : confirming ? (
        <div className="form-buttons" role="group" aria-label="Close the meeting">
          <span>Close the meeting? Nothing more can be recorded in its minutes.</span>
          <button
            type="button"
            onClick={() =>
              void run(meetingChanges.close(ctx.month), 'Meeting closed: saved.', () =>
                setConfirming(false),
              )
            }
          >
            Yes, close the meeting
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Not yet
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Close the meeting…
        </button>
      )}
      {minutes}
      {message && (
        <p role="status" className={message.ok ? 'saved' : 'error'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
