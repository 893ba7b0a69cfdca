import type { Table, Vector } from 'apache-arrow';
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
  const count = table.numRows;
  const rows: T[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c] as string] = plainValue(columns[c]?.get(i));
    rows[i] = row as T;
  }
  return rows;
}

/** Converts an Arrow result to columns; numeric columns become Float64Array (nulls as NaN). */
export function arrowToColumns(table: Table): Record<string, ColumnData> {
  const count = table.numRows;
  const out: Record<string, ColumnData> = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    if (!vector) continue;
    const typeId = field.type.typeId as number;
    if (typeId === 2 || typeId === 3) out[field.name] = numericValues(vector, count);
    else if (typeId === 7) {
      const values = new Float64Array(count);
      for (let i = 0; i < count; i++) values[i] = numberOrNaN(vector.get(i));
      out[field.name] = values;
    } else {
      const values: (string | null)[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const v = plainValue(vector.get(i));
        values[i] = v === null ? null : String(v);
      }
      out[field.name] = values;
    }
  }
  return out;
}

const numberOrNaN = (v: unknown): number =>
  v === null || v === undefined ? NaN : Number(v as number | bigint);

/** An Int or Float column chunk by chunk from its value buffers (a `get` per row is slow); a
 * chunk's values start at its own first row, sliced or not. */
function numericValues(vector: Vector, count: number): Float64Array {
  const values = new Float64Array(count);
  let at = 0;
  for (const chunk of vector.data) {
    const buffer = chunk.values as ArrayLike<number | bigint>;
    if (
      chunk.nullCount === 0 &&
      !(buffer instanceof BigInt64Array || buffer instanceof BigUint64Array)
    ) {
      values.set((buffer as Float64Array).subarray(0, chunk.length), at);
      at += chunk.length;
      continue;
    }
    for (let i = 0; i < chunk.length; i++) {
      values[at++] = chunk.nullCount === 0 || chunk.getValid(i) ? Number(buffer[i]) : NaN;
    }
  }
  return values;
}
