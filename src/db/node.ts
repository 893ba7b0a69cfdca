import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  createDuckDB,
  DuckDBDataProtocol,
  NODE_RUNTIME,
  VoidLogger,
} from '@duckdb/duckdb-wasm/blocking';
import { arrowToColumns, arrowToRows } from './arrow-rows';
import { columnsAsCsv } from './columns-csv';
import type { DuckConnector, Row } from './connector';

/** Opens DuckDB-WASM's blocking Node build (command line, unit tests, benchmarks). */
export async function openNodeDuck(): Promise<DuckConnector> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: join(dist, 'duckdb-mvp.wasm'),
        mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: join(dist, 'duckdb-eh.wasm'),
        mainWorker: join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  const conn = db.connect();
  return {
    async query<T extends Row>(sql: string) {
      return arrowToRows<T>(conn.query(sql));
    },
    async queryColumns(sql) {
      return arrowToColumns(conn.query(sql));
    },
    async exec(sql) {
      conn.query(sql);
    },
    async registerBytes(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async registerLocalPath(name, path) {
      db.registerFileURL(name, path, DuckDBDataProtocol.NODE_FS, true);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async createTableFromColumns(table, columns) {
      const { fileName, bytes, sql } = columnsAsCsv(table, columns);
      db.registerFileBuffer(fileName, bytes);
      try {
        conn.query(sql);
      } finally {
        db.dropFile(fileName);
      }
    },
    async close() {
      conn.close();
    },
  };
}
