import { useId, useState } from 'react';
import { actionsForMeeting } from '../../tasking/action-log';
import type { BoardEscalation } from '../../tasking/meeting-state';
import { awaitingReply, previousMeeting } from '../../tasking/meeting-record';
import { ActionForm } from './ActionForm';
import { ActionTable } from './ActionTable';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';

/**
 * Item 1: the action log reviewed on the meeting day (overdue and carried forward first, then
 * open, then done since the last meeting) and escalations still awaiting the board's reply.
 */
export function MeetingActionReview({ ctx }: { ctx: MeetingContext }) {
  const last = previousMeeting(ctx.state, ctx.month);
  const rows = actionsForMeeting(ctx.state.actions, ctx.day, {
    since: last?.closedAt ?? last?.date ?? null,
    restricted: ctx.meeting.restrictedPart,
  });
  const waiting = awaitingReply(ctx.state).filter((e) => e.month < ctx.month);
  return (
    <div>
      <p className="meeting-lead">
        {last
          ? `Actions since the ${last.month} meeting, status on ${ctx.day}.`
          : `First meeting with an action log; status on ${ctx.day}.`}
      </p>
      <ActionTable
        rows={rows}
        targets={ctx.state.targets}
        by={ctx.by}
        readOnly={ctx.readOnly}
        caption="Action log: overdue and carried forward first"
        testId="meeting-action-review"
      />
      <h3>Escalations awaiting the board’s reply</h3>
      {waiting.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="meeting-escalations" data-testid="awaiting-reply">
          {waiting.map((e) => (
            <EscalationReply key={e.id} escalation={e} ctx={ctx} />
          ))}
        </ul>
      )}
      {!ctx.readOnly && (
        <details className="meeting-more">
          <summary>New general action</summary>
          <ActionForm
            state={ctx.state}
            month={ctx.month}
            who={ctx.by.who}
            targetId={null}
            restricted={ctx.meeting.restrictedPart}
            label="New general action"
          />
        </details>
      )}
    </div>
  );
}

function EscalationReply({
  escalation: e,
  ctx,
}: {
  escalation: BoardEscalation;
  ctx: MeetingContext;
}) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  return (
    <li>
      <strong>{e.id}</strong> ({e.month}
      {e.targetId ? `, ${e.targetId}` : ''}): {e.text}
      {!ctx.readOnly && (
        <form
          className="meeting-inline-form"
          aria-label={`Board reply to ${e.id}`}
          onSubmit={(ev) => {
            ev.preventDefault();
            meetingChanges.reply(e.id, text, ctx.by.who).then(
              () => setText(''),
              (error: unknown) =>
                setMessage(error instanceof Error ? error.message : String(error)),
            );
          }}
        >
          <label htmlFor={id}>
            Board’s reply
            <input id={id} required value={text} onChange={(ev) => setText(ev.target.value)} />
          </label>
          <button type="submit">Record reply</button>
          {message && (
            <p role="alert" className="error">
              {message}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
