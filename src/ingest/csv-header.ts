import { utf16Encoding } from './utf8-input';

/**
 * Reads the header record of a CSV from its first bytes (tolerates a UTF-8 BOM, UTF-16 with or without one, CRLF,
 * quotes, and line breaks inside quoted names). Null when there is no header in those bytes.
 */
export function parseHeaderLine(head: Uint8Array): string[] | null {
  let text = new TextDecoder(utf16Encoding(head) ?? 'utf-8').decode(head);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const names: string[] = [];
  let field = '';
  let inQuotes = false;
  let ended = false;
  for (let i = 0; i < text.length && !ended; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = !inQuotes;
    } else if (ch === ',' && !inQuotes) {
      names.push(field);
      field = '';
    } else if ((ch === '\n' || ch === '\r') && !inQuotes) ended = true;
    else field += ch;
  }
  if (!ended && head.length >= 65536) return null;
  names.push(field);
  if (names.length === 1 && (names[0] as string).trim() === '') return null;
  return names;
}

/** Header names compared the forgiving way: case, spacing and underscores ignored. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
