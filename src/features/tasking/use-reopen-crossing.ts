import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { taskingCandidatesQuery } from '../../queries/tasking';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { studyAreaInput } from '../../reports/hotspots/study-area';
import type { IncidentFilter } from '../../sql/filters';
import { reopenCrossingTargets } from '../../tasking/match-candidates';
import type { TaskingState } from '../../tasking/tasking-state';
import { commitTasking } from './tasking-store';

/**
 * Closed targets past their monitoring that are candidates again in `month` reopen as
 * nominations by themselves (recorded as by "candidate analysis"), as in the Candidates part.
 */
export function useReopenCrossing(
  state: TaskingState | null,
  month: string | null,
  filter: IncidentFilter,
  boundaries: BoundaryLayer[],
): void {
  const { db, version } = useDatabase();
  const studyArea = useMemo(() => studyAreaInput(boundaries), [boundaries]);
  const report = useQuery(
    taskingCandidatesQuery(db, version, month, state?.settings ?? null, filter, studyArea),
  );
  const candidates = report.data?.candidates;
  const crossing = useMemo(
    () =>
      state && month && candidates
        ? reopenCrossingTargets(state, candidates, month, 'candidate analysis', new Date()).reopened
            .length
        : 0,
    [state, month, candidates],
  );
  useEffect(() => {
    if (crossing === 0 || !candidates || !month) return;
    void commitTasking(
      (s) => reopenCrossingTargets(s, candidates, month, 'candidate analysis', new Date()).state,
    ).catch(() => undefined);
  }, [crossing, candidates, month]);
}
