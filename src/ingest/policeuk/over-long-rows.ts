import type { InputFile } from '../input-file';
import type { OverLongRecord } from '../line-census';

const PLACEHOLDER = new TextEncoder().encode('over-long row');

/**
 * The file as DuckDB should read it: each over-long record replaced by a one-field placeholder,
 * which DuckDB rejects as malformed in that record's place. DuckDB would otherwise lose a row
 * longer than its buffer without a word, and misnumber the records after it.
 */
export function withOverLongRowsReplaced(
  input: InputFile,
  overLong: readonly OverLongRecord[],
): InputFile {
  if (overLong.length === 0) return input;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let at = 0;
    let next = 0;
    for await (const chunk of input.chunks()) {
      let from = 0;
      while (from < chunk.length) {
        const row = overLong[next];
        const skipStart = row ? row.offset - at : Infinity;
        const skipEnd = row ? row.offset + row.bytes - at : Infinity;
        if (from < skipStart) {
          const to = Math.min(chunk.length, skipStart);
          yield chunk.subarray(from, to);
          from = to;
          continue;
        }
        if (from === skipStart) yield PLACEHOLDER;
        from = Math.min(chunk.length, skipEnd);
        if (from === skipEnd) next++;
      }
      at += chunk.length;
    }
  }
  return {
    name: input.name,
    size: input.size,
    head: (length) => input.head(length),
    chunks,
    async register(db, sqlName) {
      const parts: Uint8Array[] = [];
      for await (const part of chunks()) parts.push(part);
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      await db.registerBytes(sqlName, bytes);
    },
  };
}
