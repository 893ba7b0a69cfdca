import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { monthLabel } from '../../analytics/months';
import { useDatabase } from '../../db/database-context';
import { datasetQuery } from '../../queries/summary';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { meetingOf } from '../../tasking/meeting-record';
import { PACK_MARKING } from '../../tasking/pack/pack-model';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import { useUrlState } from '../url-state/use-url-state';
import { todayIso } from './action-text';
import type { MeetingContext } from './meeting-context';
import { AGENDA_SHORT, AGENDA_TITLES } from './meeting-context';
import { meetingChanges } from './meeting-changes';
import { FullscreenButton } from './FullscreenButton';
import { MeetingItem } from './MeetingItem';
import { MinutesButtons } from './MinutesButtons';
import { MeetingStart } from './MeetingStart';
import { AGENDA_NUMBERS, MEETING_URL, leaveMeetingMode } from './meeting-url';
import { LeadAgencyList } from './LeadAgencyList';
import { PartnerLists } from './PartnerLists';
import { useMeetingKeys } from './use-meeting-keys';
import { useMeetingPack } from './use-meeting-pack';
import { useReopenCrossing } from './use-reopen-crossing';
import { useTaskingState } from './use-tasking-state';
import './tasking.css';
import './meeting.css';

interface Props {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
}

const LAST = AGENDA_NUMBERS.length - 1;

/**
 * Meeting mode: the agenda full screen for a projector, one item at a time, moved through with
 * the keyboard; each decision the chair records is saved (confirmed on disk) as it is entered.
 */
export function MeetingMode({ filter, boundaries }: Props) {
  const { db, version } = useDatabase();
  const [view, setView] = useUrlState(MEETING_URL);
  const tasking = useTaskingState();
  const { state } = tasking;
  const incidentFilter = useMemo(() => toIncidentFilter(filter), [filter]);
  const covered = useQuery(datasetQuery(db, version)).data?.months.covered;
  const month = view.month ?? covered?.[covered.length - 1] ?? null;
  const pack = useMeetingPack(state, month, incidentFilter, boundaries);
  useReopenCrossing(state, month, incidentFilter, boundaries);
  const meeting = state && month ? meetingOf(state, month) : undefined;
  const item = view.item;
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const moved = useRef(false);

  const go = useCallback(
    (to: number) => {
      const clamped = Math.max(0, Math.min(LAST, to));
      moved.current = true;
      setView((v) => ({ ...v, month: v.month ?? month, item: clamped }), 'replace');
    },
    [setView, month],
  );
  const leave = useCallback(() => leaveMeetingMode(month), [month]);
  useMeetingKeys({
    next: () => go(item + 1),
    previous: () => go(item - 1),
    jump: go,
    leave,
    last: LAST,
  });
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    setAnnouncement(`Item ${item} of ${LAST}: ${AGENDA_TITLES[item] ?? ''}`);
    heading.current?.focus();
  }, [item]);

  const ctx: MeetingContext | null =
    state && month && meeting
      ? {
          state,
          meeting,
          month,
          day: meeting.date ?? todayIso(),
          by: { who: meeting.chair, month },
          pack: pack.data?.meetingMonth === month ? pack.data : null,
          readOnly: meeting.closedAt !== null,
        }
      : null;

  return (
    <div className="meeting-mode" data-testid="meeting-mode">
      {state && <PartnerLists partners={state.partners} />}
      {state && <LeadAgencyList state={state} />}
      <header className="meeting-top">
        <p className="meeting-marking">{PACK_MARKING}</p>
        <h1>Tasking meeting{month ? `: ${monthLabel(month)}` : ''}</h1>
        <p className="meeting-save" role="status" data-testid="meeting-save-status">
          {tasking.saving
            ? 'Saving…'
            : tasking.saveError
              ? tasking.saveError
              : tasking.savedAt
                ? `Saved ${new Date(tasking.savedAt).toLocaleTimeString('en-GB')}`
                : meeting
                  ? 'Saved'
                  : ''}
        </p>
        {ctx && !ctx.readOnly && (
          <button
            type="button"
            className="restricted-switch"
            aria-pressed={ctx.meeting.restrictedPart}
            onClick={() =>
              void meetingChanges
                .restrictedPart(ctx.month, !ctx.meeting.restrictedPart)
                .catch(() => undefined)
            }
          >
            Restricted part: {ctx.meeting.restrictedPart ? 'ON' : 'off'}
          </button>
        )}
        <FullscreenButton />
        <button type="button" onClick={leave}>
          Leave (Esc)
        </button>
      </header>
      {ctx?.meeting.restrictedPart && (
        <p className="restricted-banner" data-testid="restricted-banner">
          RESTRICTED PART — named cases may be discussed; what is recorded now is left out of the
          open minutes and pack.
        </p>
      )}
      {ctx?.readOnly && (
        <p className="closed-banner">
          This meeting was closed: its minutes are final and shown read-only.
        </p>
      )}
      <nav className="meeting-agenda" aria-label="Agenda">
        <ol>
          {AGENDA_NUMBERS.map((n) => (
            <li key={n}>
              <button
                type="button"
                aria-current={n === item ? 'step' : undefined}
                onClick={() => go(n)}
                disabled={!ctx}
              >
                <span className="agenda-number">{n}</span> {AGENDA_SHORT[n]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main className="meeting-body">
        {!state || !month ? (
          <p role="status">Opening the tasking state…</p>
        ) : tasking.loadProblem ? (
          <p role="alert" className="error">
            {tasking.loadProblem}
          </p>
        ) : !ctx ? (
          <MeetingStart state={state} month={month} />
        ) : (
          <section aria-labelledby="meeting-item-heading" data-testid={`agenda-item-${item}`}>
            <h2 id="meeting-item-heading" ref={heading} tabIndex={-1}>
              {item}. {AGENDA_TITLES[item]}
            </h2>
            <MeetingItem
              ctx={ctx}
              item={item}
              minutes={<MinutesButtons state={ctx.state} month={ctx.month} />}
            />
          </section>
        )}
      </main>
      <footer className="meeting-foot">
        <button type="button" onClick={() => go(item - 1)} disabled={!ctx || item === 0}>
          ← Previous (P)
        </button>
        <span>
          Item {item} of {LAST}
        </span>
        <button type="button" onClick={() => go(item + 1)} disabled={!ctx || item === LAST}>
          Next (N) →
        </button>
        <span className="meeting-keys">Keys: ← → or N P to move, 0–8 to jump, Esc to leave</span>
      </footer>
      <p className="visually-hidden" aria-live="polite" data-testid="meeting-announcement">
        {announcement}
      </p>
    </div>
  );
}
