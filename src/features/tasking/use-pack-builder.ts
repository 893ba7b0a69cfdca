import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { taskingCandidatesQuery, targetBeforeAfterQuery } from '../../queries/tasking';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { studyAreaInput } from '../../reports/hotspots/study-area';
import { outsideStudyAreaText } from '../../reports/tasking/candidate-study-area';
import { packReport } from '../../reports/tasking/pack-report';
import type { IncidentFilter } from '../../sql/filters';
import { matchCandidatesToTargets } from '../../tasking/match-candidates';
import type { Pack } from '../../tasking/pack/pack-model';
import type { TaskingState } from '../../tasking/tasking-state';

/**
 * Builds the pack of a meeting month from a tasking state: the candidates, each tasked target's
 * before/after (both cached by the query client) and the tactical assessment.
 */
export function usePackBuilder(
  filter: IncidentFilter,
  boundaries: BoundaryLayer[],
): (state: TaskingState, month: string) => Promise<Pack> {
  const { db, version } = useDatabase();
  const queryClient = useQueryClient();
  const studyArea = useMemo(() => studyAreaInput(boundaries), [boundaries]);
  return useCallback(
    async (state, month) => {
      if (!db) throw new Error('The database is not open yet.');
      const settings = state.settings;
      const report = await queryClient.fetchQuery(
        taskingCandidatesQuery(db, version, month, settings, filter, studyArea),
      );
      const beforeAfter = await Promise.all(
        state.targets
          .filter((t) => t.taskedMonth !== null)
          .map((t) =>
            queryClient.fetchQuery(
              targetBeforeAfterQuery(
                db,
                version,
                t,
                month,
                settings.bufferMetres,
                filter,
                studyArea,
              ),
            ),
          ),
      );
      return packReport(db, {
        meetingMonth: month,
        state,
        boundary: boundaries[0] ?? null,
        studyArea,
        candidates: matchCandidatesToTargets(
          report.candidates.slice(0, settings.candidateCount),
          state.targets,
          settings,
        ),
        beforeAfter,
        candidatesNote: outsideStudyAreaText(report.outsideStudyArea, studyArea?.label ?? null),
        countFrom: filter.countFrom,
      });
    },
    [db, version, queryClient, filter, studyArea, boundaries],
  );
}
