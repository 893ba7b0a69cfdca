import type { DuckConnector } from '../db/connector';
import { sqlString } from '../sql/literals';
import type { FileLoadReport } from './load-report';

/**
 * Records a loaded file in `loaded_files` and its unusable rows in `rejected_rows`, replacing
 * what an earlier load of the same file name recorded.
 */
export async function recordFileLoad(db: DuckConnector, report: FileLoadReport): Promise<void> {
  const name = sqlString(report.fileName);
  await db.exec(`DELETE FROM rejected_rows WHERE file_name = ${name};
DELETE FROM loaded_files WHERE file_name = ${name};`);
  if (report.rejected.length > 0) {
    const values = report.rejected
      .map((r) => `(${name}, ${r.line}, ${sqlString(r.reason)}, ${sqlString(r.raw.slice(0, 500))})`)
      .join(', ');
    await db.exec(`INSERT INTO rejected_rows VALUES ${values}`);
  }
  await db.exec(`INSERT INTO loaded_files VALUES (${name}, ${sqlString(report.source)},
    ${report.rowsRead}, ${report.rowsLoaded}, ${report.rowsUnlocated}, ${report.rowsRejected},
    ${report.rowsReplaced}, ${sqlString(report.months.join(','))}, current_timestamp)`);
}
