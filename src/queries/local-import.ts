import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import { MONTHS_COVERED_SQL } from '../sql/summary';

/** A source of incidents (police.uk or a local extract's source name) with its row count. */
export interface SourceCount {
  source: string;
  count: number;
}

/** Every source loaded, largest first, for the source filter (sums the per-month coverage). */
export function sourcesQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['sources', version],
    queryFn: async (): Promise<SourceCount[]> => {
      const rows = await (db as DuckConnector).query<{ source: string; count: number }>(
        MONTHS_COVERED_SQL,
      );
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(r.source, (totals.get(r.source) ?? 0) + r.count);
      return [...totals]
        .map(([source, count]) => ({ source, count }))
        .sort((a, b) => b.count - a.count);
    },
    enabled: db !== null,
  });
}
