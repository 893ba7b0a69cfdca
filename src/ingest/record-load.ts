import type { DuckConnector } from '../db/connector';
import { recordLoadSql } from '../sql/load-records';
import type { FileLoadReport } from './load-report';

/**
 * Records a loaded file in `loaded_files` and its unusable rows in `rejected_rows`, replacing
 * what an earlier load of the same file name recorded.
 */
export async function recordFileLoad(db: DuckConnector, report: FileLoadReport): Promise<void> {
  await db.exec(recordLoadSql(report));
}
