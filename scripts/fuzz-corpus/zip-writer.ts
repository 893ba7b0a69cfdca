import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ZipItem {
  /** Written exactly as given: `../`, `..\`, repeated names and folders (ending `/`) included. */
  name: string;
  bytes: Uint8Array;
  /** Stored without compression (method 0) rather than deflated. */
  stored?: boolean;
}

/** A zip of the items in order, as a careless or hostile archiver might write it. */
export function zipBytes(items: readonly ZipItem[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const item of items) {
    const file =
      item.stored || item.bytes.length === 0
        ? new ZipPassThrough(item.name)
        : new ZipDeflate(item.name, { level: 6 });
    zip.add(file);
    file.push(item.bytes, true);
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
