import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import { mapScale } from '../reports/map-scale';
import { mapPointsSql } from '../sql/map-points';
import { withCountingPairs } from './counting-sources';
import { countedRelation } from './incident-cube';

export interface MapPoints {
  longitude: Float64Array;
  latitude: Float64Array;
  easting: Float64Array;
  northing: Float64Array;
  count: Float64Array;
  location: (string | null)[];
  length: number;
}

export function mapPointsQuery(db: DuckConnector | null, version: number, filter: IncidentFilter) {
  return queryOptions({
    queryKey: ['map-points', version, filter],
    queryFn: async ({ client }): Promise<MapPoints> => {
      const counted = await withCountingPairs(client, db, version, filter);
      const cols = await (db as DuckConnector).queryColumns(mapPointsSql(counted));
      const longitude = (cols.longitude as Float64Array | undefined) ?? new Float64Array();
      return {
        longitude,
        latitude: (cols.latitude as Float64Array | undefined) ?? new Float64Array(),
        easting: (cols.easting as Float64Array | undefined) ?? new Float64Array(),
        northing: (cols.northing as Float64Array | undefined) ?? new Float64Array(),
        count: (cols.count as Float64Array | undefined) ?? new Float64Array(),
        location: (cols.location as (string | null)[] | undefined) ?? [],
        length: longitude.length,
      };
    },
    enabled: db !== null,
  });
}

/**
 * The fixed colour scale (incidents per location per month), independent of months: from the
 * whole period's points, which the density layer's colour ceiling reads too.
 */
export function mapScaleQuery(db: DuckConnector | null, version: number, filter: IncidentFilter) {
  const rest = { ...filter, fromMonth: null, toMonth: null };
  return queryOptions({
    queryKey: ['map-scale', version, rest],
    queryFn: async ({ client }) => {
      const counted = await withCountingPairs(client, db, version, rest);
      const relation = await countedRelation(client, db, version, rest);
      const wholePeriod = client
        .ensureQueryData(mapPointsQuery(db, version, rest))
        .then((points) => points.count.subarray(0, points.length));
      return mapScale(db as DuckConnector, counted, wholePeriod, relation);
    },
    enabled: db !== null,
  });
}
