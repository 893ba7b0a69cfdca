import { normaliseHeaderName } from './column-mapping';
import type { LocalTable } from './local-table';

/** The distinct values of one column over the whole file, most frequent first. */
export interface ColumnValueCounts {
  values: { code: string; count: number }[];
  /** True when the column had more than `maxDistinct` values (the rest are not listed). */
  truncated: boolean;
  rows: number;
}

/**
 * Counts the distinct (trimmed, non-empty) values of a column across every row: what the code
 * mapping step lists for the user to map. Stops collecting new values after `maxDistinct` (a
 * free-text column mapped as category by mistake must not fill memory).
 */
export async function distinctValueCounts(
  table: LocalTable,
  column: string,
  maxDistinct = 2_000,
): Promise<ColumnValueCounts> {
  const at = table.header.map(normaliseHeaderName).indexOf(normaliseHeaderName(column));
  if (at < 0) throw new Error(`${table.fileName}: no column "${column}"`);
  const counts = new Map<string, number>();
  let truncated = false;
  let rows = 0;
  for await (const batch of table.batches(2_000)) {
    for (const row of batch.rows) {
      rows++;
      const value = (row[at] ?? '').trim();
      if (value === '') continue;
      const seen = counts.get(value);
      if (seen !== undefined) counts.set(value, seen + 1);
      else if (counts.size < maxDistinct) counts.set(value, 1);
      else truncated = true;
    }
  }
  const values = [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { values, truncated, rows };
}
