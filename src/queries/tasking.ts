import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { StudyAreaInput } from '../reports/hotspots/study-area';
import type { CandidatesReport } from '../reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../reports/tasking/candidates-report';
import { runCandidatesJobInWorker } from '../reports/tasking/candidates-worker-client';
import { targetBeforeAfterReport } from '../reports/tasking/target-before-after-report';
import type { IncidentFilter } from '../sql/filters';
import { streetSearchSql } from '../sql/street-search';
import type { Target, TaskingSettings } from '../tasking/tasking-state';

const db$ = (db: DuckConnector | null) => db as DuckConnector;

/**
 * The ranked candidate places for a meeting month under the analyst's settings, computed in the
 * candidates worker; the study area (loaded boundaries) is keyed by its identity, not its GeoJSON.
 */
export function taskingCandidatesQuery(
  db: DuckConnector | null,
  version: number,
  meetingMonth: string | null,
  settings: TaskingSettings | null,
  filter: IncidentFilter,
  studyArea: StudyAreaInput | null,
) {
  return queryOptions({
    queryKey: [
      'tasking',
      version,
      filter,
      'candidates',
      meetingMonth,
      settings,
      studyArea?.key ?? null,
    ] as const,
    queryFn: (): Promise<CandidatesReport> =>
      taskingCandidatesReport(db$(db), {
        meetingMonth: meetingMonth as string,
        settings: settings as TaskingSettings,
        filter,
        studyArea,
        run: runCandidatesJobInWorker,
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
  studyArea: StudyAreaInput | null,
) {
  const place = { id: target.id, taskedMonth: target.taskedMonth, geometry: target.geometry };
  return queryOptions({
    queryKey: [
      'tasking',
      version,
      filter,
      'before-after',
      place,
      meetingMonth,
      bufferMetres,
      studyArea?.key ?? null,
    ],
    queryFn: () =>
      targetBeforeAfterReport(db$(db), target, { meetingMonth, bufferMetres, filter, studyArea }),
    enabled: db !== null,
  });
}

/** A street or place found by name in the loaded data, with its BNG points. */
export interface StreetMatch {
  street: string;
  count: number;
  pointCount: number;
  points: [number, number][];
}

export function streetSearchQuery(
  db: DuckConnector | null,
  version: number,
  text: string,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['tasking', version, filter, 'street-search', text] as const,
    queryFn: async (): Promise<StreetMatch[]> => {
      const rows = await db$(db).query<{
        street: string;
        count: number;
        point_count: number;
        points: string;
      }>(streetSearchSql(text, filter));
      return rows.map((r) => ({
        street: r.street,
        count: r.count,
        pointCount: r.point_count,
        points: r.points.split(';').map((pair) => {
          const [e, n] = pair.split(' ').map(Number);
          return [e ?? NaN, n ?? NaN] as [number, number];
        }),
      }));
    },
    enabled: db !== null && text.trim().length >= 2,
  });
}
