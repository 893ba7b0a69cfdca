import { tableFromCsvSql } from '../sql/read-csv';
import type { ColumnData } from './connector';

let tableFileCounter = 0;

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

/** A typed array is numbers; a plain array is text when its first value (NULLs aside) is, or all NULL. */
function sqlType(column: ColumnData | undefined): 'VARCHAR' | 'DOUBLE' {
  if (column === undefined || column instanceof Float64Array || column instanceof Int32Array) {
    return 'DOUBLE';
  }
  for (const value of column)
    if (value !== null) return typeof value === 'string' ? 'VARCHAR' : 'DOUBLE';
  return 'VARCHAR';
}

/**
 * Encodes named columns as a CSV buffer plus the SQL that turns it into a table. DuckDB-WASM's
 * Arrow insert silently does nothing in the Node build, so both builds use this one route.
 * Numbers are written with full round-trip precision.
 */
export function columnsAsCsv(
  table: string,
  columns: Record<string, ColumnData>,
): { fileName: string; bytes: Uint8Array; sql: string } {
  const names = Object.keys(columns);
  const length = names.length === 0 ? 0 : (columns[names[0] as string]?.length ?? 0);
  const columnTypes = names.map((n) => [n, sqlType(columns[n])] as const);
  const lines: string[] = [names.map((n) => csvField(n)).join(',')];
  for (let i = 0; i < length; i++) {
    lines.push(names.map((n) => csvField(columns[n]?.[i])).join(','));
  }
  const fileName = `columns_${++tableFileCounter}.csv`;
  const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
  return { fileName, bytes, sql: tableFromCsvSql(table, fileName, columnTypes) };
}
