import { quantileSorted } from '../analytics/hotspots/quantile';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { CountedRelation } from '../sql/incident-cube';
import { monthsWithDataSql } from '../sql/map-points';

/** The map's colour scale in incidents per location per month. */
export interface MapScale {
  /** The 99th percentile (R's type 7) of the locations: the top of the colours. */
  ceiling: number;
  max: number;
}

/**
 * The colour scale over ALL months (the filter's months ignored), so that it stays put when the
 * month range changes: from `wholePeriod`, incidents per location in every month within the
 * rest of the filter (while they are read, if a promise), divided by the months with data
 * (counted on `relation`).
 */
export async function mapScale(
  db: DuckConnector,
  filter: IncidentFilter,
  wholePeriod: Float64Array | PromiseLike<Float64Array>,
  relation?: CountedRelation,
): Promise<MapScale> {
  const [[row], counts] = await Promise.all([
    db.query<{ months: number }>(
      monthsWithDataSql({ ...filter, fromMonth: null, toMonth: null }, relation),
    ),
    wholePeriod,
  ]);
  const months = Math.max(row?.months ?? 0, 1);
  const sorted = Float64Array.from(counts).sort();
  if (sorted.length === 0) return { ceiling: 1 / months, max: 1 / months };
  return {
    ceiling: quantileSorted(sorted, 0.99) / months,
    max: (sorted[sorted.length - 1] as number) / months,
  };
}
