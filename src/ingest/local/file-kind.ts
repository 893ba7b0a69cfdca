import { utf16Encoding } from '../utf8-input';

/** What a local extract's bytes look like, decided from its first bytes rather than its name. */
export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'unreadable'; reason: string };

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

/**
 * Sniffs a file: `.xlsx` (a zip), CSV/text, or something that is not a table (images, PDFs, the
 * old binary `.xls`, random bytes), with a reason the user can act on.
 */
export function sniffFileKind(head: Uint8Array, name: string): FileKind {
  if (head.length === 0) return { kind: 'unreadable', reason: 'the file is empty (0 bytes)' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      kind: 'unreadable',
      reason: 'an old Excel 97–2003 (.xls) or Office binary file: save it as .xlsx or CSV',
    };
  }
  for (const [magic, what] of MAGIC) {
    if (startsWith(head, magic)) return { kind: 'unreadable', reason: `${what}, not a table` };
  }
  if (/\.xlsx?$/i.test(name)) {
    return { kind: 'unreadable', reason: 'named like an Excel file but is not an .xlsx workbook' };
  }
  if (looksBinary(head)) {
    return {
      kind: 'unreadable',
      reason: 'binary data, not a text table (CSV) or an .xlsx workbook',
    };
  }
  return { kind: 'csv' };
}

/** Control bytes other than tab/CR/LF/FF are rare in text; NULs never appear outside UTF-16 (told apart first). */
function looksBinary(head: Uint8Array): boolean {
  if (utf16Encoding(head)) return false;
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control / sample.length > 0.01;
}
