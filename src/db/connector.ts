/**
 * The one interface the rest of the app uses to talk to DuckDB. Implementations live beside it
 * (browser worker, Node blocking build); nothing outside src/db imports DuckDB-WASM.
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, SqlValue>;

/** Column data as typed arrays or plain arrays, for bulk inserts without building row objects. */
export type ColumnData = Float64Array | Int32Array | (string | null)[] | (number | null)[];

export interface DuckConnector {
  /** Runs SQL and returns plain rows; BigInt values are converted to numbers. */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Runs SQL and returns named columns (numbers as Float64Array where the column is numeric). */
  queryColumns(sql: string): Promise<Record<string, ColumnData>>;
  /** Runs statements that return nothing. */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by SQL under `name` (e.g. `read_csv('name')`). */
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
  /** Makes a browser File readable by SQL under `name` without copying it into memory. */
  registerBrowserFile?(name: string, file: Blob): Promise<void>;
  /** Makes a file on disk readable by SQL under `name` (Node only). */
  registerLocalPath?(name: string, path: string): Promise<void>;
  /** Drops a registered file. */
  dropFile(name: string): Promise<void>;
  /** Creates (or replaces) a table holding the given columns. */
  createTableFromColumns(table: string, columns: Record<string, ColumnData>): Promise<void>;
  close(): Promise<void>;
}
