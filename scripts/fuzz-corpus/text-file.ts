/** Line ends a corpus file may use; a file may mix them line by line. */
export type Eol = '\n' | '\r\n' | '\r';

/** The byte encodings corpus files are written in. */
export type Encoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-16le-bom'
  | 'utf-16be-bom'
  | 'windows-1252';

export const ENCODINGS: readonly Encoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'utf-16le-bom',
  'utf-16be-bom',
  'windows-1252',
];

/** A field as a CSV writer would write it: quoted when it holds the delimiter, a quote or a break. */
export function csvField(value: string, delimiter = ',', forceQuotes = false): string {
  if (forceQuotes || value.includes(delimiter) || /["\r\n]/.test(value))
    return `"${value.replaceAll('"', '""')}"`;
  return value;
}

/** Line breaks in a text: CRLF, a lone CR and a lone LF each end one line. */
export function countBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Physical lines of a text: every break ends one, and a last line without a break counts. */
export function physicalLines(text: string): number {
  const trailing = text.length > 0 && !/[\r\n]$/.test(text) ? 1 : 0;
  return countBreaks(text) + trailing;
}

/**
 * Joins records (each the text of one record, perhaps holding quoted breaks; '' is a blank line)
 * with the given line ends, and notes the physical line each record starts on (1 = first).
 */
export function layoutRecords(
  records: readonly string[],
  eolAt: (index: number) => Eol,
  finalEol: boolean,
): { text: string; startLines: number[]; lines: number } {
  let text = '';
  let line = 1;
  const startLines: number[] = [];
  records.forEach((record, i) => {
    startLines.push(line);
    text += record;
    line += countBreaks(record);
    if (i < records.length - 1 || finalEol) {
      text += eolAt(i);
      line++;
    }
  });
  return { text, startLines, lines: physicalLines(text) };
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return out;
}

const WINDOWS_1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '–': 0x96 };

function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    const mapped = WINDOWS_1252[ch] ?? (code < 256 ? code : undefined);
    if (mapped === undefined) throw new Error(`${ch} has no Windows-1252 byte`);
    return mapped;
  });
}

/** The text as bytes in `encoding` (a byte-order mark where the encoding's name says so). */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le':
    case 'utf-16le-bom':
      return utf16(text, true, encoding.endsWith('bom'));
    case 'utf-16be':
    case 'utf-16be-bom':
      return utf16(text, false, encoding.endsWith('bom'));
    case 'windows-1252':
      return windows1252(text);
  }
}
