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
  // Each statement is posted to the worker at once; the worker runs them one at a time in the
  // order they arrive, so the next starts while the page is still taking in the last result.
  const inFlight = new Set<Promise<unknown>>();
  const run = (sql: string) => {
    const result = conn.query(sql);
    inFlight.add(result);
    void result.then(
      () => inFlight.delete(result),
      () => inFlight.delete(result),
    );
    return result;
  };
  return {
    query: async <T extends Row>(sql: string) => arrowToRows<T>(await run(sql)),
    queryColumns: async (sql) => arrowToColumns(await run(sql)),
    exec: async (sql) => {
      await run(sql);
    },
    registerBytes: (name, bytes) => db.registerFileBuffer(name, bytes),
    registerBrowserFile: async (name, blob) => {
      await db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    createTableFromColumns: async (table, columns) => {
      const { fileName, bytes, sql } = columnsAsCsv(table, columns);
      await db.registerFileBuffer(fileName, bytes);
      try {
        await run(sql);
      } finally {
        await db.dropFile(fileName);
      }
    },
    async close() {
      await Promise.allSettled([...inFlight]);
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
