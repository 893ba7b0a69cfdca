import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A zip of the given entries in order, exactly as named: repeated names, `../`, `..\` and
 * absolute paths included (what a careless or hostile archiver writes).
 */
export function zipOf(
  entries: readonly (readonly [name: string, bytes: Uint8Array])[],
): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, bytes] of entries) {
    const file = bytes.length > 0 ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
