import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import type { MapPoints } from '../../queries/map-points';
import { mapPointsQuery } from '../../queries/map-points';
import type { IncidentFilter } from '../../sql/filters';
import type { DensitySurface } from './density-surface';
import { densityHigh, densitySurface } from './density-surface';

/**
 * The density surface for the chosen months, with its colour ceiling taken from the whole
 * period so that colours mean the same in any month range.
 */
export function useDensity(
  filter: IncidentFilter,
  points: MapPoints | undefined,
  months: number,
  allMonths: number,
  enabled: boolean,
): { surface: DensitySurface | null; ceiling: number; updating: boolean } {
  const { db, version } = useDatabase();
  const wholePeriodResult = useQuery({
    ...mapPointsQuery(db, version, { ...filter, fromMonth: null, toMonth: null }),
    enabled: db !== null && enabled,
    placeholderData: keepPreviousData,
  });
  const wholePeriod = wholePeriodResult.data;
  const ceiling = useMemo(
    () => (wholePeriod ? (densityHigh(wholePeriod, allMonths) ?? 1) : 1),
    [wholePeriod, allMonths],
  );
  const surface = useMemo(
    () => (enabled && points ? densitySurface(points, months) : null),
    [enabled, points, months],
  );
  return { surface, ceiling, updating: wholePeriodResult.isFetching };
}
