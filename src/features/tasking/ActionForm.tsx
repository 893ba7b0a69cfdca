import { useId, useState } from 'react';
import type { TaskingState } from '../../tasking/tasking-state';
import { PARTNER_AGENCY_LIST, officerListId } from './action-text';
import { meetingChanges } from './meeting-changes';
import { RecordedBy } from './RecordedBy';
import { saveRecorderName, savedRecorderName } from './recorder-name';

interface Props {
  state: TaskingState;
  month: string;
  /** Who records: fixed in meeting mode (the chair); asked for when absent. */
  who?: string;
  /** The target the action serves, fixed; when absent the form offers a choice. */
  targetId?: string | null;
  /** Raised in the restricted part of the meeting. */
  restricted?: boolean;
  /** Label of the form (unique on the page). */
  label?: string;
}

/** Raises an action: what, for which target (or general), owner agency and officer, due date. */
export function ActionForm({ state, month, who: fixedWho, targetId, restricted, label }: Props) {
  const [text, setText] = useState('');
  const [target, setTarget] = useState<string>(targetId ?? '');
  const [agency, setAgency] = useState('');
  const [officer, setOfficer] = useState('');
  const [due, setDue] = useState('');
  const [who, setWho] = useState(savedRecorderName);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const open = state.targets.filter((t) => t.status !== 'declined');

  async function submit() {
    const by = (fixedWho ?? who).trim();
    if (!by) return setMessage({ text: 'Say who is recording this.', ok: false });
    if (fixedWho === undefined) saveRecorderName(who);
    setBusy(true);
    setMessage(null);
    try {
      const id = await meetingChanges.addAction(
        {
          text,
          targetId: (targetId === undefined ? target : targetId) || null,
          agency,
          officer,
          due,
          restricted: restricted ?? false,
        },
        { who: by, month },
      );
      setText('');
      setOfficer('');
      setDue('');
      setMessage({ text: `Action ${id} added: saved.`, ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="tasking-form action-form"
      aria-label={label ?? 'New action'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${ids}-text`}>
        Action
        <textarea
          id={`${ids}-text`}
          rows={2}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {targetId === undefined && (
        <label htmlFor={`${ids}-target`}>
          Target
          <select id={`${ids}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">General (no target)</option>
            {open.map((t) => (
              <option key={t.id} value={t.id}>
                {t.id} {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={`${ids}-agency`}>
        Owner agency
        <input
          id={`${ids}-agency`}
          list={PARTNER_AGENCY_LIST}
          required
          value={agency}
          onChange={(e) => setAgency(e.target.value)}
        />
      </label>
      <label htmlFor={`${ids}-officer`}>
        Officer
        <input
          id={`${ids}-officer`}
          list={officerListId(state.partners, agency)}
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
        />
      </label>
      <label htmlFor={`${ids}-due`}>
        Due date
        <input
          id={`${ids}-due`}
          type="date"
          required
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
      </label>
      {fixedWho === undefined && <RecordedBy value={who} onChange={setWho} />}
      <div className="form-buttons">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Add action'}
        </button>
        {restricted && <span className="restricted-mark">Restricted part</span>}
      </div>
      {message && (
        <p role="status" className={message.ok ? 'saved' : 'error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
