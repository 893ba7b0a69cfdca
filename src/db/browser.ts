import { AsyncDuckDB, DuckDBAccessMode, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToColumns, arrowToRows } from './arrow-rows';
import { columnsAsCsv } from './columns-csv';
import type { DuckConnector, Row } from './connector';

/**
 * DuckDB-WASM in one Web Worker, loaded from the app's own files (no CDN). Queries run in the
 * worker, so the page stays responsive while they do. With `path` (an `opfs://` name) the
 * database lives in the origin-private file system and survives a reload; without it, in memory.
 */
export async function openBrowserDuck(path?: string): Promise<DuckConnector> {
  const worker = new Worker(ehWorkerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(ehWasmUrl);
    if (path) await db.open({ path, accessMode: DuckDBAccessMode.READ_WRITE });
  } catch (error) {
    await db.terminate().catch(() => undefined);
    worker.terminate();
    throw error;
  }
  const conn = await db.connect();
  // Statements on one connection must not interleave: queue them.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    query: <T extends Row>(sql: string) =>
      serial(async () => arrowToRows<T>(await conn.query(sql))),
    queryColumns: (sql) => serial(async () => arrowToColumns(await conn.query(sql))),
    exec: (sql) =>
      serial(async () => {
        await conn.query(sql);
      }),
    registerBytes: (name, bytes) => db.registerFileBuffer(name, bytes),
    registerBrowserFile: async (name, blob) => {
      await db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    createTableFromColumns: (table, columns) =>
      serial(async () => {
        const { fileName, bytes, sql } = columnsAsCsv(table, columns);
        await db.registerFileBuffer(fileName, bytes);
        try {
          await conn.query(sql);
        } finally {
          await db.dropFile(fileName);
        }
      }),
    async close() {
      await serial(async () => {
        await conn.close();
        await db.terminate();
      });
      worker.terminate();
    },
  };
}
