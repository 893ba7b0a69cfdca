/** Text as UTF-16, little- or big-endian, with its byte-order mark unless `mark` is false. */
export function utf16Bytes(text: string, order: 'le' | 'be', mark = true): Uint8Array {
  const start = mark ? 2 : 0;
  const bytes = new Uint8Array(start + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (mark) view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(start + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}
