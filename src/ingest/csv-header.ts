/** Reads the header line of a CSV from its first bytes (tolerates a UTF-8 BOM, CRLF, quotes). */
export function parseHeaderLine(head: Uint8Array): string[] | null {
  let text = new TextDecoder('utf-8').decode(head);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/\r?\n/);
  if (end < 0 && head.length >= 65536) return null;
  const line = end < 0 ? text : text.slice(0, end);
  if (line.trim() === '') return null;
  const names: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (inQuotes && line[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = !inQuotes;
    } else if (ch === ',' && !inQuotes) {
      names.push(field);
      field = '';
    } else field += ch;
  }
  names.push(field);
  return names;
}

/** Header names compared the forgiving way: case, spacing and underscores ignored. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}
