import { useId, useState } from 'react';
import type { ProblemStatement, Target, TargetStatus } from '../../tasking/tasking-state';
import { LEAD_AGENCY_LIST } from './action-text';
import { RecordedBy } from './RecordedBy';
import { saveRecorderName, savedRecorderName } from './recorder-name';
import type { Recorded, TargetDecision, TaskingActions } from './use-tasking-state';

type Action = 'task' | TargetDecision;

interface Props {
  target: Target;
  month: string;
  actions: TaskingActions;
}

const LABEL: Record<Action, string> = {
  task: 'Task',
  continue: 'Continue',
  escalate: 'Escalate',
  close: 'Close',
  decline: 'Decline',
  reopen: 'Reopen',
};

/** What can be decided on a target in each status. */
const ALLOWED: Record<TargetStatus, Action[]> = {
  nominated: ['task', 'decline'],
  active: ['continue', 'escalate', 'close'],
  escalated: ['continue', 'close'],
  closed: ['reopen'],
  declined: ['reopen'],
};

const NOTE_LABEL: Record<TargetDecision, string> = {
  continue: 'Note (optional)',
  escalate: 'Why it goes to the CSP board',
  close: 'Reason for closing',
  decline: 'Reason for declining',
  reopen: 'Why it is reopened',
};
const NOTE_REQUIRED = new Set<TargetDecision>(['escalate', 'close', 'decline', 'reopen']);

const SARA: { key: keyof ProblemStatement; label: string; hint: string }[] = [
  { key: 'scanning', label: 'Scanning', hint: 'What is the problem, where and when?' },
  { key: 'analysis', label: 'Analysis', hint: 'Why does it happen here: offender, victim, place?' },
  { key: 'response', label: 'Response', hint: 'What will partners do?' },
  { key: 'assessment', label: 'Assessment', hint: 'How will we know it worked?' },
];

/** The decisions open to a target in its status, each asking who records it. */
export function TargetActions({ target, month, actions }: Props) {
  const [open, setOpen] = useState<Action | null>(null);
  const [note, setNote] = useState('');
  const [lead, setLead] = useState(target.leadAgency ?? '');
  const [problem, setProblem] = useState<ProblemStatement>(target.problem);
  const [who, setWho] = useState(savedRecorderName);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();

  async function submit(action: Action) {
    if (!who.trim()) return setMessage('Say who is recording this.');
    if (action === 'task' && !lead.trim()) return setMessage('Name the lead agency.');
    if (action === 'task' && !problem.scanning.trim())
      return setMessage('Write at least the scanning part of the problem statement.');
    if (action !== 'task' && NOTE_REQUIRED.has(action) && !note.trim())
      return setMessage(`${NOTE_LABEL[action]} is needed.`);
    const by: Recorded = { who: who.trim(), month };
    saveRecorderName(who);
    setBusy(true);
    setMessage(null);
    try {
      if (action === 'task') await actions.task(target.id, lead.trim(), problem, by);
      else await actions.decide(target.id, action, note.trim(), by);
      setOpen(null);
      setNote('');
      setMessage(`${LABEL[action]}: saved.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="target-actions">
      <div className="form-buttons" role="group" aria-label={`Decisions on ${target.id}`}>
        {ALLOWED[target.status].map((action) => (
          <button
            key={action}
            type="button"
            aria-expanded={open === action}
            onClick={() => {
              setOpen(open === action ? null : action);
              setMessage(null);
            }}
          >
            {LABEL[action]}…
          </button>
        ))}
      </div>
      {open && (
        <form
          className="tasking-form"
          aria-label={`${LABEL[open]} ${target.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(open);
          }}
        >
          {open === 'task' ? (
            <>
              <label htmlFor={`${ids}-lead`}>
                Lead agency
                <input
                  id={`${ids}-lead`}
                  list={LEAD_AGENCY_LIST}
                  required
                  value={lead}
                  onChange={(e) => setLead(e.target.value)}
                />
              </label>
              <fieldset>
                <legend>Problem statement (SARA)</legend>
                {SARA.map((part) => (
                  <label key={part.key} htmlFor={`${ids}-${part.key}`}>
                    {part.label} <span className="muted">{part.hint}</span>
                    <textarea
                      id={`${ids}-${part.key}`}
                      rows={2}
                      value={problem[part.key]}
                      onChange={(e) => setProblem({ ...problem, [part.key]: e.target.value })}
                    />
                  </label>
                ))}
              </fieldset>
            </>
          ) : (
            <label htmlFor={`${ids}-note`}>
              {NOTE_LABEL[open]}
              <textarea
                id={`${ids}-note`}
                rows={2}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          )}
          <RecordedBy value={who} onChange={setWho} />
          <div className="form-buttons">
            <button type="submit" disabled={busy}>
              {busy ? 'Saving…' : `${LABEL[open]} ${target.id}`}
            </button>
            <button type="button" disabled={busy} onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {message && (
        <p role="status" className={message.endsWith('saved.') ? undefined : 'error'}>
          {message}
        </p>
      )}
    </div>
  );
}
