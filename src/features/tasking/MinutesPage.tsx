import { useEffect, useMemo, useRef } from 'react';
import { buildMinutes } from '../../tasking/minutes/minutes-model';
import { minutesHtml } from '../../tasking/minutes/minutes-html';
import { useUrlState } from '../url-state/use-url-state';
import { MINUTES_URL, leaveMinutesPage } from './minutes-url';
import { mountPack } from './pack-preview';
import { useTaskingState } from './use-tasking-state';
import './tasking.css';

/** The minutes of a meeting as a page of their own, for the browser's print (and PDF). */
export function MinutesPage() {
  const [view] = useUrlState(MINUTES_URL);
  const { state } = useTaskingState();
  const host = useRef<HTMLDivElement>(null);
  const built = useMemo(() => {
    if (!state || !view.month) return null;
    try {
      const minutes = buildMinutes({
        state,
        month: view.month,
        version: view.version,
        generatedAt: new Date(),
      });
      return { html: minutesHtml(minutes), problem: null };
    } catch (error) {
      return { html: null, problem: error instanceof Error ? error.message : String(error) };
    }
  }, [state, view.month, view.version]);

  useEffect(() => {
    if (!built?.html || !host.current) return;
    return mountPack(host.current, built.html);
  }, [built]);

  return (
    <div className="minutes-page" data-testid="minutes-page">
      <div className="minutes-bar">
        <strong>
          {view.version === 'restricted' ? 'Restricted minutes' : 'Minutes'}, {view.month}
        </strong>{' '}
        — OFFICIAL-SENSITIVE.{' '}
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <button type="button" onClick={() => leaveMinutesPage(view.month)}>
          Back to the meeting
        </button>
      </div>
      {!state ? (
        <p role="status">Opening the tasking state…</p>
      ) : built?.problem ? (
        <p role="alert" className="error">
          {built.problem}
        </p>
      ) : (
        <main>
          <div ref={host} data-testid="minutes-document" />
        </main>
      )}
    </div>
  );
}
