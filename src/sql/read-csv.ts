import { sqlString } from './literals';

/** Column names with their DuckDB types, in file order. */
export type CsvColumns = readonly (readonly [name: string, type: string])[];

/** DuckDB's `read_csv` of a registered comma-separated, double-quoted file, types given. */
export function readCsvSql(fileName: string, columns: CsvColumns, header: boolean): string {
  const spec = columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ');
  return `read_csv(${sqlString(fileName)}, header = ${header},
  auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${spec}})`;
}

/** A temporary table holding a registered CSV file (with a header line) as typed columns. */
export function tableFromCsvSql(table: string, fileName: string, columns: CsvColumns): string {
  return `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${readCsvSql(fileName, columns, true)}`;
}
