import type { InputFile } from './input-file';

type Utf16 = 'utf-16le' | 'utf-16be';

/** The UTF-16 flavour a byte-order mark announces, or null. */
export function utf16ByteOrderMark(head: Uint8Array): Utf16 | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The input as UTF-8: a UTF-16 file (with its byte-order mark, LE or BE) is transcoded as it
 * streams, the mark dropped; any other input is returned as it is. DuckDB reads only UTF-8.
 */
export async function asUtf8(input: InputFile): Promise<InputFile> {
  const encoding = utf16ByteOrderMark(await input.head(2));
  if (!encoding) return input;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const decoder = new TextDecoder(encoding as Utf16);
    const encoder = new TextEncoder();
    for await (const chunk of input.chunks()) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield encoder.encode(text);
    }
    const rest = decoder.decode();
    if (rest !== '') yield encoder.encode(rest);
  }
  const collect = async (limit: number): Promise<Uint8Array> => {
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const part of chunks()) {
      parts.push(part);
      length += part.byteLength;
      if (length >= limit) break;
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.byteLength;
    }
    return bytes.subarray(0, Math.min(length, limit));
  };
  return {
    name: input.name,
    size: input.size,
    head: (length) => collect(length),
    chunks,
    register: async (db, sqlName) => db.registerBytes(sqlName, await collect(Infinity)),
  };
}
