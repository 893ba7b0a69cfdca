import type { InputFile } from './input-file';

type Utf16 = 'utf-16le' | 'utf-16be';

/** The UTF-16 flavour a byte-order mark announces, or null. */
export function utf16ByteOrderMark(head: Uint8Array): Utf16 | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** Bytes of the head looked at to recognise UTF-16 without a byte-order mark. */
export const UTF16_SNIFF_BYTES = 512;

/**
 * The UTF-16 flavour of a file, by its byte-order mark or, without one, by its first bytes: a
 * table's header is Latin text, so in UTF-16 one byte of nearly every pair is zero (the second
 * in little-endian, the first in big-endian), which never happens in UTF-8 or Windows-1252.
 */
export function utf16Encoding(head: Uint8Array): Utf16 | null {
  const marked = utf16ByteOrderMark(head);
  if (marked) return marked;
  const pairs = Math.floor(Math.min(head.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 4) return null;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroFirst++;
    if (head[2 * i + 1] === 0) zeroSecond++;
  }
  const most = pairs * 0.9;
  const few = pairs * 0.1;
  if (zeroSecond >= most && zeroFirst <= few) return 'utf-16le';
  if (zeroFirst >= most && zeroSecond <= few) return 'utf-16be';
  return null;
}

/** True when the whole stream is valid UTF-8 (plain ASCII is). */
async function isUtf8(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The input as UTF-8: UTF-16 (LE or BE, with or without a byte-order mark) is transcoded as it
 * streams, the mark dropped; a file that is not valid UTF-8 is read as Windows-1252 (what Excel
 * writes when a CSV is saved again), so a `£` never costs a row. Valid UTF-8 is returned as it
 * is. DuckDB reads only UTF-8, and drops rows that are not without a word.
 */
export async function asUtf8(input: InputFile): Promise<InputFile> {
  const encoding =
    utf16Encoding(await input.head(UTF16_SNIFF_BYTES)) ??
    ((await isUtf8(input.chunks())) ? null : 'windows-1252');
  if (!encoding) return input;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const decoder = new TextDecoder(encoding as string);
    const encoder = new TextEncoder();
    for await (const chunk of input.chunks()) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield encoder.encode(text);
    }
    const rest = decoder.decode();
    if (rest !== '') yield encoder.encode(rest);
  }
  return rewrittenInput(input, chunks);
}

/**
 * The input with its bytes rewritten as they stream (transcoded, line breaks normalised…): the
 * same name and size, its head and its registration read from the rewritten chunks.
 */
export function rewrittenInput(
  input: InputFile,
  chunks: () => AsyncGenerator<Uint8Array>,
): InputFile {
  const collect = collectChunks(chunks);
  return {
    name: input.name,
    size: input.size,
    head: (length) => collect(length),
    chunks,
    register: async (db, sqlName) => db.registerBytes(sqlName, await collect(Infinity)),
  };
}

/** Reads a stream of chunks into one array, stopping once `limit` bytes are in hand. */
export function collectChunks(
  chunks: () => AsyncIterable<Uint8Array>,
): (limit: number) => Promise<Uint8Array> {
  return async (limit) => {
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
}
