import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { countingSourcesQuery } from '../../queries/counting-sources';
import type { StatementOptions } from '../../reports/counting-statement';
import { countingStatementText } from '../../reports/counting-statement';
import type { IncidentFilter } from '../../sql/filters';

/** The counting statement for a view's filter, or null while it is being worked out. */
export function useCountingStatement(
  filter: IncidentFilter,
  options: StatementOptions = {},
): string | null {
  const { db, version } = useDatabase();
  const { data } = useQuery(countingSourcesQuery(db, version, filter));
  return data ? countingStatementText(data, options) : null;
}
