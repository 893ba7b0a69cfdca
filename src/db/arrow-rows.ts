import type { Table } from 'apache-arrow';
import type { ColumnData, Row, SqlValue } from './connector';

function plainValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Converts an Arrow result to plain rows with no BigInt left in them. */
export function arrowToRows<T extends Row>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n));
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = plainValue(columns[c]?.get(i));
    rows[i] = row as T;
  }
  return rows;
}

/** Converts an Arrow result to columns; numeric columns become Float64Array (nulls as NaN). */
export function arrowToColumns(table: Table): Record<string, ColumnData> {
  const out: Record<string, ColumnData> = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    if (!vector) continue;
    const typeId = field.type.typeId as number;
    const numeric = typeId === 2 || typeId === 3 || typeId === 7; // Int, Float, Decimal
    if (numeric) {
      const values = new Float64Array(table.numRows);
      for (let i = 0; i < table.numRows; i++) {
        const v: unknown = vector.get(i);
        values[i] = v === null || v === undefined ? NaN : Number(v);
      }
      out[field.name] = values;
    } else {
      const values: (string | null)[] = new Array(table.numRows);
      for (let i = 0; i < table.numRows; i++) {
        const v = plainValue(vector.get(i));
        values[i] = v === null ? null : String(v);
      }
      out[field.name] = values;
    }
  }
  return out;
}
