import type { QueryClient } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import { countingSourcesReport } from '../reports/counting-sources-report';
import type { CountingPair, CountingScope } from '../sql/counting-sources';
import { countingPairsSql } from '../sql/counting-sources';
import type { IncidentFilter } from '../sql/filters';
import type { CoverageKnown } from '../sql/hotspots';
import { coverageOf } from '../sql/hotspots';
import { countedRelation } from './incident-cube';

/** Which source counts for each category, and what the others recorded, within a filter. */
export function countingSourcesQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['counting-sources', version, filter],
    queryFn: async ({ client }) =>
      countingSourcesReport(
        db as DuckConnector,
        await withCountingPairs(client, db, version, filter),
        await countedRelation(client, db, version, filter),
      ),
    enabled: db !== null,
  });
}

/** Each (category, source) recorded, and whether it counts, for a counting choice and sources. */
export function countingPairsQuery(
  db: DuckConnector | null,
  version: number,
  scope: CountingScope,
) {
  const key = { countFrom: scope.countFrom ?? {}, sources: scope.sources ?? [] };
  return queryOptions({
    queryKey: ['counting-pairs', version, key],
    queryFn: () => (db as DuckConnector).query<CountingPair>(countingPairsSql(key)),
    enabled: db !== null,
  });
}

/**
 * The filter with its counting choice written out (from the cache when this choice was worked
 * out before), so a filter change does not scan every incident again per statement.
 */
export async function withCountingPairs(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
): Promise<IncidentFilter> {
  return {
    ...filter,
    countingPairs: await client.ensureQueryData(countingPairsQuery(db, version, filter)),
  };
}

/**
 * The months' coverage of a filter (see `coveredMonthsSql`) read from the cache: the counting
 * pairs of its sources and the incident cube.
 */
export async function coverageKnown(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
): Promise<CoverageKnown> {
  const coverage = await withCountingPairs(client, db, version, coverageOf(filter));
  return {
    ...(coverage.countingPairs && { countingPairs: coverage.countingPairs }),
    relation: await countedRelation(client, db, version, coverage),
  };
}
