import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import { countingSourcesReport } from '../reports/counting-sources-report';
import type { IncidentFilter } from '../sql/filters';

/** Which source counts for each category, and what the others recorded, within a filter. */
export function countingSourcesQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['counting-sources', version, filter],
    queryFn: () => countingSourcesReport(db as DuckConnector, filter),
    enabled: db !== null,
  });
}
