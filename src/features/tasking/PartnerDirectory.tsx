import { useId, useState } from 'react';
import type { Partner } from '../../tasking/meeting-state';
import { meetingChanges } from './meeting-changes';

interface Draft {
  agency: string;
  /** One officer per line. */
  officers: string;
}

const toDraft = (partners: readonly Partner[]): Draft[] =>
  partners.map((p) => ({ agency: p.agency, officers: p.officers.join('\n') }));

/** The partner agencies and their officers, offered for attendance and action owners. */
export function PartnerDirectory({ partners }: { partners: readonly Partner[] }) {
  const [draft, setDraft] = useState<Draft[]>(() => toDraft(partners));
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const edit = (i: number, change: Partial<Draft>) =>
    setDraft(draft.map((d, j) => (j === i ? { ...d, ...change } : d)));

  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      await meetingChanges.setPartners(
        draft
          .filter((d) => d.agency.trim() !== '' || d.officers.trim() !== '')
          .map((d) => ({ agency: d.agency, officers: d.officers.split('\n') })),
      );
      setMessage({ text: 'Partner directory: saved.', ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="partner-directory"
      aria-label="Partner directory"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Partner directory</h3>
      <p className="muted">
        Agencies and their officers, offered when recording attendance and action owners. Free text
        is accepted too.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Officers (one per line)</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.map((d, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Agency ${i + 1}`}
                  id={`${ids}-a${i}`}
                  value={d.agency}
                  onChange={(e) => edit(i, { agency: e.target.value })}
                />
              </td>
              <td>
                <textarea
                  aria-label={`Officers of ${d.agency || `agency ${i + 1}`}`}
                  rows={Math.max(1, d.officers.split('\n').length)}
                  value={d.officers}
                  onChange={(e) => edit(i, { officers: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove ${d.agency || `agency ${i + 1}`}`}
                  onClick={() => setDraft(draft.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-buttons">
        <button type="button" onClick={() => setDraft([...draft, { agency: '', officers: '' }])}>
          Add an agency
        </button>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save partner directory'}
        </button>
        <button type="button" disabled={busy} onClick={() => setDraft(toDraft(partners))}>
          Undo edits
        </button>
      </div>
      {message && (
        <p role="status" className={message.ok ? 'saved' : 'error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
