import { useId, useState } from 'react';
import type { Candidate } from '../../tasking/candidate';
import { matchCandidatesToTargets } from '../../tasking/match-candidates';
import type { Target } from '../../tasking/tasking-state';
import { LEAD_AGENCY_LIST } from './action-text';
import type { MeetingContext } from './meeting-context';
import { meetingChanges } from './meeting-changes';

/**
 * Item 4: nominations (accepted: tasked with a lead agency; or declined with a reason) and the
 * month's candidates that are not targets yet, each of which can be nominated here.
 */
export function MeetingNominations({ ctx }: { ctx: MeetingContext }) {
  // Kept here, not on the candidate's row: a nominated candidate leaves the list.
  const [nominatedMessage, setNominatedMessage] = useState<string | null>(null);
  const nominated = ctx.state.targets.filter((t) => t.status === 'nominated');
  const decided = ctx.state.targets.flatMap((t) =>
    t.history
      .filter((e) => e.month === ctx.month && (e.change === 'tasked' || e.change === 'declined'))
      .map(
        (e) => `${t.id} ${e.change === 'declined' ? `declined (${e.note})` : `tasked, ${e.note}`}`,
      ),
  );
  const candidates = ctx.pack
    ? matchCandidatesToTargets(
        ctx.pack.agenda.flatMap((a) => (a.kind === 'nominations' ? a.candidates : [])),
        ctx.state.targets,
        ctx.state.settings,
      ).filter((c) => c.targetId === null && !ctx.state.targets.some((t) => t.origin.ref === c.id))
    : null;
  return (
    <div>
      <h3>Nominations</h3>
      {nominated.length === 0 ? (
        <p>No nominations waiting for a decision.</p>
      ) : (
        <ul className="meeting-targets" data-testid="meeting-nominations">
          {nominated.map((t) => (
            <Nomination key={t.id} target={t} ctx={ctx} />
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <p data-testid="nominations-decided">Decided at this meeting: {decided.join('; ')}.</p>
      )}
      <h3>Candidates from this month’s analysis</h3>
      {nominatedMessage && <p role="status">{nominatedMessage}</p>}
      {candidates === null ? (
        <p role="status">Ranking candidate places…</p>
      ) : candidates.length === 0 ? (
        <p>Every candidate is already a target or a nomination.</p>
      ) : (
        <ol className="meeting-candidates" data-testid="meeting-candidates">
          {candidates.map((c) => (
            <CandidateRow key={c.id} candidate={c} ctx={ctx} onMessage={setNominatedMessage} />
          ))}
        </ol>
      )}
    </div>
  );
}

function CandidateRow({
  candidate: c,
  ctx,
  onMessage: setMessage,
}: {
  candidate: Candidate;
  ctx: MeetingContext;
  onMessage: (message: string) => void;
}) {
  return (
    <li>
      <strong>{c.name}</strong> — {c.sentence}{' '}
      {!ctx.readOnly && (
        <button
          type="button"
          onClick={() =>
            void meetingChanges
              .nominate(
                { name: c.name, geometry: c.geometry, origin: { kind: c.kind, ref: c.id } },
                ctx.by,
              )
              .then(
                (id) => setMessage(`Nominated as ${id}: saved.`),
                (error: unknown) =>
                  setMessage(error instanceof Error ? error.message : String(error)),
              )
          }
        >
          Nominate {c.name}
        </button>
      )}
    </li>
  );
}

function Nomination({ target: t, ctx }: { target: Target; ctx: MeetingContext }) {
  const [open, setOpen] = useState<'accept' | 'decline' | null>(null);
  const [lead, setLead] = useState(t.leadAgency ?? '');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const reopened = t.history.filter((e) => e.change === 'reopened').at(-1);

  async function submit() {
    setBusy(true);
    setMessage(null);
    try {
      if (open === 'accept')
        await meetingChanges.acceptNomination(
          t.id,
          lead,
          { ...t.problem, scanning: t.problem.scanning || text, response: t.problem.response },
          ctx.by,
        );
      else await meetingChanges.declineNomination(t.id, text, ctx.by);
      setMessage({
        text: `${t.id} ${open === 'accept' ? 'tasked' : 'declined'}: saved.`,
        ok: true,
      });
      setOpen(null);
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="meeting-target" data-target={t.id} aria-labelledby={`mn-${t.id}`}>
      <h3 id={`mn-${t.id}`}>
        {t.id} {t.name}
      </h3>
      <p>
        Nominated {t.nominatedMonth}
        {reopened ? `; reopened ${reopened.month}: ${reopened.note}` : ''}
      </p>
      {!ctx.readOnly && (
        <div className="form-buttons" role="group" aria-label={`Decision on ${t.id}`}>
          <button type="button" aria-expanded={open === 'accept'} onClick={() => setOpen('accept')}>
            Accept…
          </button>
          <button
            type="button"
            aria-expanded={open === 'decline'}
            onClick={() => setOpen('decline')}
          >
            Decline…
          </button>
        </div>
      )}
      {open && (
        <form
          className="meeting-inline-form"
          aria-label={`${open === 'accept' ? 'Accept' : 'Decline'} ${t.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {open === 'accept' && (
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
          )}
          <label htmlFor={`${ids}-text`}>
            {open === 'accept' ? 'The problem, in a sentence (scanning)' : 'Reason for declining'}
            <textarea
              id={`${ids}-text`}
              rows={2}
              required={open === 'decline' || !t.problem.scanning}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : `${open === 'accept' ? 'Task' : 'Decline'} ${t.id}`}
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
    </li>
  );
}
