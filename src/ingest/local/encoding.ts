import { utf16Encoding } from '../utf8-input';

/** The text encodings local extracts come in. Windows-1252 is what Excel's "CSV" save writes. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding the first bytes tell without reading further: a byte-order mark, or UTF-16 by its
 * zero bytes when it has no mark; null when the whole stream must decide.
 */
export function byteOrderMark(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  return utf16Encoding(head);
}

/**
 * Decides the encoding by reading the whole stream once: a BOM decides it; otherwise the text is
 * UTF-8 only if every byte sequence is valid UTF-8 (plain ASCII counts as UTF-8), else it is
 * Windows-1252. Scanning the whole file matters: a single `£` on row 500,000 decides it.
 */
export async function detectTextEncoding(
  chunks: AsyncIterable<Uint8Array>,
): Promise<TextEncodingName> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of chunks) {
      if (first) {
        const bom = byteOrderMark(chunk);
        if (bom) return bom;
        first = false;
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** A streaming decoder for the encoding (the BOM, if any, is dropped from the text). */
export function textDecoderFor(encoding: TextEncodingName): TextDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return new TextDecoder(label);
}

/** Decodes a whole small buffer (tests, previews). */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return textDecoderFor(encoding).decode(bytes);
}
