import { useId, useState } from 'react';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { LEAD_AGENCY_LIST } from './action-text';
import { RecordedBy } from './RecordedBy';
import { saveRecorderName, savedRecorderName } from './recorder-name';
import type { Recorded } from './use-tasking-state';

interface Props {
  place: NominationInput;
  month: string;
  submitLabel: string;
  onNominate: (place: NominationInput, leadAgency: string | null, by: Recorded) => Promise<string>;
  onDone: (targetId: string | null) => void;
}

/** Asks who is recording and an optional lead agency, then nominates the place as a target. */
export function MakeTargetForm({ place, month, submitLabel, onNominate, onDone }: Props) {
  const [lead, setLead] = useState('');
  const [who, setWho] = useState(savedRecorderName);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const leadId = useId();

  async function submit() {
    if (!who.trim()) {
      setProblem('Say who is recording this.');
      return;
    }
    setBusy(true);
    setProblem(null);
    saveRecorderName(who);
    try {
      const id = await onNominate(place, lead.trim() || null, { who: who.trim(), month });
      onDone(id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  }

  return (
    <form
      className="tasking-form"
      aria-label={`Make ${place.name} a target`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={leadId}>
        Lead agency (optional)
        <input
          id={leadId}
          list={LEAD_AGENCY_LIST}
          value={lead}
          onChange={(e) => setLead(e.target.value)}
        />
      </label>
      <RecordedBy value={who} onChange={setWho} />
      <div className="form-buttons">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" disabled={busy} onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
