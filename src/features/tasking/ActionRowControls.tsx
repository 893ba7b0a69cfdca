import { useId, useState } from 'react';
import type { TaskingAction } from '../../tasking/meeting-state';
import { meetingChanges } from './meeting-changes';
import type { Recorded } from './use-tasking-state';

type Change = 'update' | 'done' | 'carry';

const BUTTON: Record<Change, string> = {
  update: 'Update',
  done: 'Done',
  carry: 'Carry forward',
};

interface Props {
  action: TaskingAction;
  /** Who records and in which meeting month; null when no name is known yet (asked first). */
  by: Recorded | null;
}

/** A dated update, done, or carried forward with a new due date, for one action. */
export function ActionRowControls({ action, by }: Props) {
  const [open, setOpen] = useState<Change | null>(null);
  const [note, setNote] = useState('');
  const [due, setDue] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const allowed: Change[] = action.status === 'done' ? ['update'] : ['update', 'done', 'carry'];

  async function submit(change: Change) {
    if (!by) return setMessage({ text: 'Say who is recording this first.', ok: false });
    setBusy(true);
    setMessage(null);
    try {
      if (change === 'update') await meetingChanges.updateAction(action.id, note, by);
      else if (change === 'done') await meetingChanges.completeAction(action.id, note, by);
      else await meetingChanges.carryForward(action.id, due, note, by);
      setOpen(null);
      setNote('');
      setDue('');
      setMessage({ text: `${action.id} ${BUTTON[change].toLowerCase()}: saved.`, ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="action-controls">
      <div className="form-buttons" role="group" aria-label={`Changes to ${action.id}`}>
        {allowed.map((change) => (
          <button
            key={change}
            type="button"
            aria-expanded={open === change}
            aria-label={`${BUTTON[change]} ${action.id}…`}
            onClick={() => {
              setOpen(open === change ? null : change);
              setMessage(null);
            }}
          >
            {BUTTON[change]}…
          </button>
        ))}
      </div>
      {open && (
        <form
          className="tasking-form"
          aria-label={`${BUTTON[open]} ${action.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(open);
          }}
        >
          {open === 'carry' && (
            <label htmlFor={`${ids}-due`}>
              New due date
              <input
                id={`${ids}-due`}
                type="date"
                required
                value={due}
                onChange={(e) => setDue(e.target.value)}
              />
            </label>
          )}
          <label htmlFor={`${ids}-note`}>
            {open === 'update' ? 'Update' : 'Note (optional)'}
            <textarea
              id={`${ids}-note`}
              rows={2}
              required={open === 'update'}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <div className="form-buttons">
            <button type="submit" disabled={busy}>
              {busy
                ? 'Saving…'
                : open === 'done'
                  ? `Mark ${action.id} done`
                  : open === 'carry'
                    ? `Carry ${action.id} forward`
                    : `Save update to ${action.id}`}
            </button>
            <button type="button" disabled={busy} onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
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
