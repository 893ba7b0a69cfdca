import type { DuckConnector } from '../db/connector';

/**
 * A file to load, wherever it came from (browser File, bytes from a zip, a path in Node).
 * Nothing here reads the whole file into one string.
 */
export interface InputFile {
  /** Display name, e.g. `2025-01/2025-01-derbyshire-street.csv` or `download.zip › 2025-01/…`. */
  name: string;
  size: number;
  /** The first `length` bytes (for sniffing the header). */
  head(length: number): Promise<Uint8Array>;
  /** The whole file as a stream of chunks (for line numbers and zips). */
  chunks(): AsyncIterable<Uint8Array>;
  /** Makes the file readable by DuckDB under `sqlName`. */
  register(db: DuckConnector, sqlName: string): Promise<void>;
}

/** An input held in memory (tests, entries extracted from a zip). */
export function bytesInput(name: string, bytes: Uint8Array): InputFile {
  return {
    name,
    size: bytes.byteLength,
    head: async (length) => bytes.subarray(0, length),
    chunks: async function* () {
      yield bytes;
    },
    register: (db, sqlName) => db.registerBytes(sqlName, bytes),
  };
}

/** An input backed by a browser File or Blob, read lazily by DuckDB. */
export function blobInput(name: string, blob: Blob): InputFile {
  return {
    name,
    size: blob.size,
    head: async (length) => new Uint8Array(await blob.slice(0, length).arrayBuffer()),
    chunks: async function* () {
      const reader = blob.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
    register: async (db, sqlName) => {
      if (db.registerBrowserFile) await db.registerBrowserFile(sqlName, blob);
      else await db.registerBytes(sqlName, new Uint8Array(await blob.arrayBuffer()));
    },
  };
}

export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith('.zip');
}
