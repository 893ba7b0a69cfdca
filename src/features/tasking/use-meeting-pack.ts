import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { IncidentFilter } from '../../sql/filters';
import type { TaskingState } from '../../tasking/tasking-state';
import { usePackBuilder } from './use-pack-builder';

/**
 * The month's pack for meeting mode: the analysis (assessment, candidates, before/after) behind
 * the agenda. It is rebuilt only when the places analysed change (a target added or tasked),
 * not on every decision: the decisions themselves are read from the live state.
 */
export function useMeetingPack(
  state: TaskingState | null,
  month: string | null,
  filter: IncidentFilter,
  boundaries: BoundaryLayer[],
) {
  const { db, version } = useDatabase();
  const build = usePackBuilder(filter, boundaries);
  const places = state?.targets.map((t) => `${t.id}:${t.taskedMonth ?? ''}`).join(',') ?? '';
  return useQuery({
    queryKey: ['meeting-pack', version, month, filter, boundaries.length, places],
    queryFn: () => build(state as TaskingState, month as string),
    enabled: db !== null && state !== null && month !== null,
    placeholderData: keepPreviousData,
  });
}
