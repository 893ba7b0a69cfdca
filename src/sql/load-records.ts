import { sqlString } from './literals';

/** What `loaded_files` and `rejected_rows` keep of one file's load. */
export interface LoadRecord {
  fileName: string;
  source: string;
  linesRead: number;
  rowsRead: number;
  rowsUnaccounted: number;
  rowsLoaded: number;
  rowsUnlocated: number;
  rowsRejected: number;
  rowsReplaced: number;
  months: readonly string[];
  rejected: readonly { line: number; reason: string; raw: string }[];
}

/**
 * Records a loaded file in `loaded_files` and its unusable rows (raw text cut to 500 characters)
 * in `rejected_rows`, replacing what an earlier load of the same file name recorded.
 */
export function recordLoadSql(load: LoadRecord): string {
  const name = sqlString(load.fileName);
  const statements = [
    `DELETE FROM rejected_rows WHERE file_name = ${name}`,
    `DELETE FROM loaded_files WHERE file_name = ${name}`,
  ];
  if (load.rejected.length > 0) {
    const values = load.rejected
      .map((r) => `(${name}, ${r.line}, ${sqlString(r.reason)}, ${sqlString(r.raw.slice(0, 500))})`)
      .join(', ');
    statements.push(`INSERT INTO rejected_rows VALUES ${values}`);
  }
  statements.push(`INSERT INTO loaded_files (file_name, source, rows_read, rows_loaded,
    rows_unlocated, rows_rejected, rows_replaced, months, loaded_at, lines_read, rows_unaccounted)
  VALUES (${name}, ${sqlString(load.source)}, ${load.rowsRead}, ${load.rowsLoaded},
    ${load.rowsUnlocated}, ${load.rowsRejected}, ${load.rowsReplaced},
    ${sqlString(load.months.join(','))}, current_timestamp, ${load.linesRead}, ${load.rowsUnaccounted})`);
  return statements.join(';\n');
}
