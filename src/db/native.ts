import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { mkdtempSync } from 'node:fs';
import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import { columnsAsCsv } from './columns-csv';
import type { ColumnData, DuckConnector, Row, SqlValue } from './connector';

const MS_PER_DAY = 86_400_000;

const NUMERIC = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
]);

/**
 * One value as the WASM connector gives it (src/db/arrow-rows.ts), so both engines return the
 * same rows: integers and decimals as numbers (128-bit integers as text, as Arrow gives them),
 * dates and timestamps as milliseconds since 1970, anything else as its text.
 */
function plainValue(value: DuckDBValue, type: DuckDBType): SqlValue {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  const id = type.typeId;
  if (id === DuckDBTypeId.HUGEINT || id === DuckDBTypeId.UHUGEINT) return String(value);
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  if (id === DuckDBTypeId.DATE && 'days' in value) return Number(value.days) * MS_PER_DAY;
  if ((id === DuckDBTypeId.TIMESTAMP || id === DuckDBTypeId.TIMESTAMP_TZ) && 'micros' in value)
    return Number(value.micros) / 1000;
  if (id === DuckDBTypeId.DECIMAL && 'toDouble' in value) return value.toDouble();
  return String(value);
}

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Opens native DuckDB (multi-threaded, for the command line on a server) behind the same
 * connector as DuckDB-WASM. Registered files live in a private temporary folder, and SQL that
 * names one (`read_csv('name')`) is pointed at it, so the same SQL reads the same in both engines.
 */
export async function openNativeDuck(): Promise<DuckConnector> {
  const folder = mkdtempSync(join(tmpdir(), 'csp-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
  });
  const conn = await instance.connect();
  /** Registered name → its file; SQL naming a registered file (`'name'`) reads that file. */
  const registered = new Map<string, string>();
  let fileNumber = 0;
  const register = (name: string): string => {
    const path = join(folder, `${++fileNumber}-${name.replaceAll(/[^\w.-]/g, '_')}`);
    mkdirSync(dirname(path), { recursive: true });
    registered.set(name, path);
    return path;
  };
  const drop = (name: string): void => {
    const path = registered.get(name);
    registered.delete(name);
    if (path) rmSync(path, { force: true });
  };
  const resolve = (sql: string): string => {
    let out = sql;
    for (const [name, path] of registered) out = out.replaceAll(quoted(name), quoted(path));
    return out;
  };
  const run = async (sql: string) => {
    const reader = await conn.runAndReadAll(resolve(sql));
    return { reader, types: reader.columnTypes(), names: reader.columnNames() };
  };
  return {
    async query<T extends Row>(sql: string) {
      const { reader, types, names } = await run(sql);
      return reader.getRows().map((values) => {
        const row: Row = {};
        values.forEach((v, c) => {
          const type = types[c];
          if (type) row[names[c] ?? ''] = plainValue(v, type);
        });
        return row as T;
      });
    },
    async queryColumns(sql) {
      const { reader, types, names } = await run(sql);
      const out: Record<string, ColumnData> = {};
      reader.getColumns().forEach((values, c) => {
        const type = types[c];
        if (!type) return;
        if (NUMERIC.has(type.typeId)) {
          out[names[c] ?? ''] = Float64Array.from(values, (v) => {
            const plain = plainValue(v, type);
            return plain === null ? NaN : Number(plain);
          });
        } else {
          out[names[c] ?? ''] = values.map((v) => {
            const plain = plainValue(v, type);
            return plain === null ? null : String(plain);
          });
        }
      });
      return out;
    },
    async exec(sql) {
      await conn.run(resolve(sql));
    },
    async registerBytes(name, bytes) {
      drop(name);
      writeFileSync(register(name), bytes);
    },
    async registerLocalPath(name, path) {
      drop(name);
      symlinkSync(resolvePath(path), register(name));
    },
    async dropFile(name) {
      drop(name);
    },
    async createTableFromColumns(table, columns) {
      const { fileName, bytes, sql } = columnsAsCsv(table, columns);
      writeFileSync(register(fileName), bytes);
      try {
        await conn.run(resolve(sql));
      } finally {
        drop(fileName);
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
