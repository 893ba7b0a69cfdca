import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import type { IncidentFilter } from '../../sql/filters';
import type { BngRing, TaskingState } from '../../tasking/tasking-state';
import { CandidateCard } from './CandidateCard';
import { matchCandidatesToTargets } from '../../tasking/match-candidates';
import { STAT_HELP } from './stat-help';
import { taskingCandidatesQuery } from '../../queries/tasking';
import type { StudyAreaInput } from '../../reports/hotspots/study-area';
import { outsideStudyAreaText } from '../../reports/tasking/candidate-study-area';
import { reopenCrossingTargets } from '../../tasking/match-candidates';
import { commitTasking } from './tasking-store';
import type { TaskingActions } from './use-tasking-state';

interface Props {
  state: TaskingState;
  month: string;
  filter: IncidentFilter;
  studyArea: StudyAreaInput | null;
  outline: readonly BngRing[];
  actions: TaskingActions;
  onOpenTarget: (id: string) => void;
}

/** The ranked candidates for the meeting month; places that are already targets say so. */
export function CandidateList(props: Props) {
  const { state, month, filter, outline, actions, onOpenTarget } = props;
  const { db, version } = useDatabase();
  const [showAll, setShowAll] = useState(false);
  const report = useQuery(
    taskingCandidatesQuery(db, version, month, state.settings, filter, props.studyArea),
  );
  const candidates = useMemo(
    () =>
      report.data
        ? matchCandidatesToTargets(report.data.candidates, state.targets, state.settings)
        : [],
    [report.data, state.targets, state.settings],
  );
  // A closed target past its monitoring that is a candidate again reopens by itself, recorded.
  const crossing = useMemo(
    () =>
      report.data
        ? reopenCrossingTargets(
            state,
            report.data.candidates,
            month,
            'candidate analysis',
            new Date(),
          )
        : null,
    [report.data, state, month],
  );
  useEffect(() => {
    if (!crossing || crossing.reopened.length === 0 || !report.data) return;
    const candidates = report.data.candidates;
    void commitTasking(
      (s) => reopenCrossingTargets(s, candidates, month, 'candidate analysis', new Date()).state,
    ).catch(() => undefined);
  }, [crossing, report.data, month]);
  const shown = showAll ? candidates : candidates.slice(0, state.settings.candidateCount);

  if (report.error)
    return (
      <p className="error" role="alert">
        The candidates could not be computed: {String(report.error)}
      </p>
    );
  if (!report.data)
    return (
      <p className="muted" role="status">
        Ranking candidate places for {month}…
      </p>
    );
  const r = report.data;
  const leftOut = outsideStudyAreaText(r.outsideStudyArea, props.studyArea?.label ?? null);
  return (
    <section aria-labelledby="candidates-heading" data-testid="candidate-list">
      <h2 id="candidates-heading">Candidates for {month}</h2>
      <p className="muted">
        Data month {r.dataMonth ?? 'none'}; recent {r.recentMonths.join(', ') || 'none'} against{' '}
        {r.baselineMonths.length} baseline months.{' '}
        {r.missingMonths.length > 0 &&
          `Months with no data (left out, not zero): ${r.missingMonths.join(', ')}. `}
        <span title={STAT_HELP.missingMonths}>{STAT_HELP.missingMonths}</span>
      </p>
      {leftOut && (
        <p className="candidates-left-out" data-testid="candidates-left-out">
          {leftOut}
        </p>
      )}
      <details className="help">
        <summary>What the figures mean</summary>
        <dl>
          <dt>Score</dt>
          <dd>{STAT_HELP.score}</dd>
          <dt>Harm-weighted</dt>
          <dd>{STAT_HELP.harmWeighted}</dd>
          <dt>Rate ratio</dt>
          <dd>{STAT_HELP.rateRatio}</dd>
          <dt>Gi*</dt>
          <dd>{STAT_HELP.giStar}</dd>
          <dt>Space-time pattern</dt>
          <dd>{STAT_HELP.spaceTime}</dd>
          <dt>Exceedance</dt>
          <dd>{STAT_HELP.exceedance}</dd>
        </dl>
      </details>
      {candidates.length === 0 ? (
        <p>No place reaches the candidate threshold this month.</p>
      ) : (
        <ol className="candidates">
          {shown.map((c) => (
            <CandidateCard
              key={c.id}
              candidate={c}
              target={state.targets.find((t) => t.id === c.targetId) ?? null}
              recentMonths={r.recentMonths}
              outline={outline}
              month={month}
              onNominate={actions.nominate}
              onOpenTarget={onOpenTarget}
            />
          ))}
        </ol>
      )}
      {candidates.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show {candidates.length - shown.length} more candidates
        </button>
      )}
      {crossing && crossing.monitoring.length > 0 && (
        <p className="muted">
          Closed targets still being monitored that are candidates again:{' '}
          {crossing.monitoring.join(', ')}.
        </p>
      )}
    </section>
  );
}
