import { useId, useState } from 'react';
import type { MeetingNoteKind } from '../../tasking/meeting-state';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';

interface Props {
  ctx: MeetingContext;
  item: number;
  kind: MeetingNoteKind;
  /** Label of the note field, e.g. "Decision or note", "Any other business". */
  label: string;
}

/**
 * The notes recorded at one agenda item, and a field to record another. Restricted notes are
 * shown only while the restricted part is on, and are marked as such.
 */
export function MeetingNotes({ ctx, item, kind, label }: Props) {
  const [text, setText] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const part = ctx.meeting.restrictedPart;
  const notes = ctx.meeting.notes.filter((n) => n.item === item && n.kind === kind);
  const shown = notes.filter((n) => part || !n.restricted);
  const hidden = notes.length - shown.length;

  async function submit() {
    setBusy(true);
    setMessage(null);
    try {
      await meetingChanges.note(
        ctx.month,
        { item, kind, text, restricted: kind === 'restricted-case' || (part && restricted) },
        ctx.by.who,
      );
      setText('');
      setMessage({ text: `${label}: saved.`, ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="meeting-notes">
      {shown.length > 0 && (
        <ul className="meeting-note-list" aria-label={`${label}s recorded`}>
          {shown.map((n) => (
            <li key={n.id} className={n.restricted ? 'restricted-note' : undefined}>
              {n.restricted && <strong className="restricted-mark">RESTRICTED </strong>}
              {n.text} <span className="muted">({n.at.slice(11, 16)})</span>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="muted">
          {hidden} restricted {hidden === 1 ? 'note is' : 'notes are'} hidden in the open part.
        </p>
      )}
      {!ctx.readOnly && (kind !== 'restricted-case' || part) && (
        <form
          className="meeting-inline-form"
          aria-label={`${label}, item ${item}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={`${ids}-text`}>
            {label}
            <textarea
              id={`${ids}-text`}
              rows={2}
              required
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          {part && kind !== 'restricted-case' && (
            <label className="check" htmlFor={`${ids}-restricted`}>
              <input
                id={`${ids}-restricted`}
                type="checkbox"
                checked={restricted}
                onChange={(e) => setRestricted(e.target.checked)}
              />{' '}
              Restricted (left out of the open minutes)
            </label>
          )}
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : `Record ${label.toLowerCase()}`}
          </button>
          {message && (
            <p role="status" className={message.ok ? 'saved' : 'error'}>
              {message.text}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
