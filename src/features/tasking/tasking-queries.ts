import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../../db/connector';
import type { IncidentFilter } from '../../sql/filters';
import type { Target, TaskingSettings } from '../../tasking/tasking-state';
import { targetBeforeAfterReport, taskingCandidatesReport } from './pending-stubs';

// TEMPORARY home: these move to src/queries/tasking.ts once the reports they call are on main.

const db$ = (db: DuckConnector | null) => db as DuckConnector;

/** The ranked candidate places for a meeting month under the analyst's settings. */
export function taskingCandidatesQuery(
  db: DuckConnector | null,
  version: number,
  meetingMonth: string | null,
  settings: TaskingSettings | null,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['tasking', version, filter, 'candidates', meetingMonth, settings] as const,
    queryFn: () =>
      taskingCandidatesReport(db$(db), {
        meetingMonth: meetingMonth as string,
        settings: settings as TaskingSettings,
        filter,
      }),
    enabled: db !== null && meetingMonth !== null && settings !== null,
  });
}

/** One target's before/after record, keyed by the target's geometry and when it was tasked. */
export function targetBeforeAfterQuery(
  db: DuckConnector | null,
  version: number,
  target: Target,
  meetingMonth: string,
  bufferMetres: number,
  filter: IncidentFilter,
) {
  const place = { id: target.id, taskedMonth: target.taskedMonth, geometry: target.geometry };
  return queryOptions({
    queryKey: ['tasking', version, filter, 'before-after', place, meetingMonth, bufferMetres],
    queryFn: () => targetBeforeAfterReport(db$(db), target, { meetingMonth, bufferMetres, filter }),
    enabled: db !== null,
  });
}
