import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import { datasetCoverage, datasetSummary } from '../reports/dataset-summary';
import { withCountingPairs } from './counting-sources';
import { countedRelation } from './incident-cube';
import type { IncidentFilter } from '../sql/filters';
import { DISTRICTS_SQL } from '../sql/map-points';
import { LOADED_FILES_SQL, REJECTED_ROWS_SQL } from '../sql/summary';

export function summaryQuery(db: DuckConnector | null, version: number, filter: IncidentFilter) {
  return queryOptions({
    queryKey: ['summary', version, filter],
    queryFn: async ({ client }) =>
      datasetSummary(
        db as DuckConnector,
        await withCountingPairs(client, db, version, filter),
        await client.ensureQueryData(coverageQuery(db, version)),
        await countedRelation(client, db, version, filter),
      ),
    enabled: db !== null,
  });
}

/** Months covered and reasons rows are unlocated: the loaded data's, whatever the filter. */
export function coverageQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['coverage', version],
    queryFn: () => datasetCoverage(db as DuckConnector),
    enabled: db !== null,
  });
}

/** The whole dataset's summary (coverage and totals, no filter). */
export function datasetQuery(db: DuckConnector | null, version: number) {
  return summaryQuery(db, version, {});
}

export interface LoadedFileRow {
  file_name: string;
  source: string;
  rows_read: number;
  rows_loaded: number;
  rows_unlocated: number;
  rows_rejected: number;
  rows_replaced: number;
  months: string;
  /** Null for files loaded before the line check. */
  lines_read: number | null;
  rows_unaccounted: number | null;
}

export function loadedFilesQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['loaded-files', version],
    queryFn: async () => ({
      files: await (db as DuckConnector).query<LoadedFileRow & Record<string, string | number>>(
        LOADED_FILES_SQL,
      ),
      rejected: await (db as DuckConnector).query<{
        file_name: string;
        line: number;
        reason: string;
        raw: string;
      }>(REJECTED_ROWS_SQL),
    }),
    enabled: db !== null,
  });
}

export function districtsQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['districts', version],
    queryFn: () => (db as DuckConnector).query<{ district: string; count: number }>(DISTRICTS_SQL),
    enabled: db !== null,
  });
}
