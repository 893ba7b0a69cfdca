/** Text as UTF-16 with its byte-order mark, little- or big-endian. */
export function utf16Bytes(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}
