/** CSV lines and a Windows-1252 encoder (for the council export). */
import { csvCell } from '../../src/ingest/local/cell-safety';

/** Joins fields into one CSV line (no line ending), each through the app's one `csvCell`. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvCell).join(',');
}

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1, keyed by Unicode code point. */
const CP1252_SPECIALS: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Encodes text as Windows-1252; throws on a character the code page cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const special = CP1252_SPECIALS.get(code);
      if (special === undefined) throw new Error(`'${text[i]}' has no Windows-1252 byte`);
      bytes[i] = special;
    }
  }
  return bytes;
}

/** UTF-8 bytes with a leading byte-order mark (EF BB BF), as Excel-friendly exports write. */
export function encodeUtf8WithBom(text: string): Uint8Array {
  return new TextEncoder().encode(`\ufeff${text}`);
}
