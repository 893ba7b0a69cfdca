import { useId, useState } from 'react';
import type { Target } from '../../tasking/tasking-state';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';

type Decision = 'continue' | 'escalate' | 'close';

const LABEL: Record<Decision, string> = {
  continue: 'Continue',
  escalate: 'Escalate to the board',
  close: 'Close',
};
const NOTE: Record<Decision, string> = {
  continue: 'Note (optional)',
  escalate: 'What the board is asked',
  close: 'Reason for closing',
};
const SUBMIT: Record<Decision, (id: string) => string> = {
  continue: (id) => `Continue ${id}`,
  escalate: (id) => `Escalate ${id}`,
  close: (id) => `Close ${id}`,
};

/** Continue, escalate (to the CSP board) or close an existing target, saved as decided. */
export function TargetDecisionForm({ target, ctx }: { target: Target; ctx: MeetingContext }) {
  const [open, setOpen] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const allowed: Decision[] =
    target.status === 'active'
      ? ['continue', 'escalate', 'close']
      : target.status === 'escalated'
        ? ['continue', 'close']
        : [];

  async function submit(decision: Decision) {
    setBusy(true);
    setMessage(null);
    try {
      if (decision === 'continue') await meetingChanges.continueTarget(target.id, note, ctx.by);
      else if (decision === 'escalate')
        await meetingChanges.escalateTarget(target.id, note, ctx.by);
      else await meetingChanges.closeTarget(target.id, note, ctx.by);
      setOpen(null);
      setNote('');
      setMessage({ text: `${SUBMIT[decision](target.id)}: saved.`, ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="target-decision">
      {allowed.length > 0 && (
        <div className="form-buttons" role="group" aria-label={`Decision on ${target.id}`}>
          {allowed.map((d) => (
            <button
              key={d}
              type="button"
              aria-expanded={open === d}
              onClick={() => {
                setOpen(open === d ? null : d);
                setMessage(null);
              }}
            >
              {LABEL[d]}…
            </button>
          ))}
        </div>
      )}
      {open && (
        <form
          className="meeting-inline-form"
          aria-label={`${LABEL[open]} ${target.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(open);
          }}
        >
          <label htmlFor={id}>
            {NOTE[open]}
            <textarea
              id={id}
              rows={2}
              required={open !== 'continue'}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : SUBMIT[open](target.id)}
          </button>
          <button type="button" disabled={busy} onClick={() => setOpen(null)}>
            Cancel
          </button>
        </form>
      )}
      {message && (
        <p role="status" className={message.ok ? 'saved' : 'error'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
