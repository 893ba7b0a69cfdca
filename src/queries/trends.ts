import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { BoardOptions } from '../reports/board-report';
import { boardReport } from '../reports/board-report';
import type { TrendsReportOptions } from '../reports/trends-report';
import { trendsReport } from '../reports/trends-report';
import { withCountingPairs } from './counting-sources';

/** Comparisons, exceedance and seasonality by category (and area) for a reporting month. */
export function trendsReportQuery(
  db: DuckConnector | null,
  version: number,
  options: TrendsReportOptions,
) {
  return queryOptions({
    queryKey: ['trends', version, options],
    queryFn: async ({ client }) =>
      trendsReport(db as DuckConnector, {
        ...options,
        filter: await withCountingPairs(client, db, version, options.filter ?? {}),
      }),
    enabled: db !== null,
  });
}

/** The board report: aggregates only, after disclosure control. */
export function boardReportQuery(db: DuckConnector | null, version: number, options: BoardOptions) {
  return queryOptions({
    queryKey: ['board', version, options],
    queryFn: async ({ client }) =>
      boardReport(db as DuckConnector, {
        ...options,
        filter: await withCountingPairs(client, db, version, options.filter ?? {}),
      }),
    enabled: db !== null,
  });
}
