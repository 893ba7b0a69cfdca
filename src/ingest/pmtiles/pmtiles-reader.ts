import { gunzipSync } from 'fflate';
import type { PmtilesEntry } from './pmtiles-directory';
import { findEntry, parseDirectory, tileIdOf } from './pmtiles-directory';
import type { PmtilesCompression, PmtilesHeader } from './pmtiles-header';
import { PMTILES_FIRST_READ_BYTES, parsePmtilesHeader } from './pmtiles-header';

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteRanges = (offset: number, length: number) => Promise<Uint8Array>;

/** A PMTiles archive opened for reading tiles. */
export interface PmtilesArchive {
  header: PmtilesHeader;
  /** The archive's JSON metadata (e.g. `vector_layers`, `attribution`); {} when it has none. */
  metadata: Record<string, unknown>;
  /** The tile's bytes, decompressed; null when the archive has no such tile. */
  tile(z: number, x: number, y: number): Promise<Uint8Array | null>;
}

/** Directories nest at most root → leaf → leaf → leaf. */
const MAX_DEPTH = 4;

/** Byte ranges of a Blob or File, read lazily (the archive is never read whole). */
export function blobRanges(blob: Blob): ByteRanges {
  return async (offset, length) =>
    new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
}

/** Byte ranges of bytes already in memory. */
export function bytesRanges(bytes: Uint8Array): ByteRanges {
  return async (offset, length) => bytes.subarray(offset, offset + length);
}

export function decompress(bytes: Uint8Array, compression: PmtilesCompression): Uint8Array {
  if (compression === 'none' || compression === 'unknown') return bytes;
  if (compression === 'gzip') return gunzipSync(bytes);
  throw new Error(
    `This PMTiles file uses ${compression} compression; only gzip or none can be read here.`,
  );
}

/** Opens a PMTiles v3 archive: the header and root directory in one read, then the metadata. */
export async function openPmtiles(read: ByteRanges): Promise<PmtilesArchive> {
  const first = await read(0, PMTILES_FIRST_READ_BYTES);
  const header = parsePmtilesHeader(first);
  const internal = (bytes: Uint8Array) => decompress(bytes, header.internalCompression);
  const slice = async (offset: number, length: number) =>
    offset + length <= first.length
      ? first.subarray(offset, offset + length)
      : await read(offset, length);
  const root = parseDirectory(
    internal(await slice(header.rootDirectoryOffset, header.rootDirectoryLength)),
  );
  const metadata =
    header.metadataLength > 0
      ? (JSON.parse(
          new TextDecoder().decode(
            internal(await read(header.metadataOffset, header.metadataLength)),
          ),
        ) as Record<string, unknown>)
      : {};
  const leaves = new Map<number, Promise<PmtilesEntry[]>>();
  const leaf = (entry: PmtilesEntry) => {
    let entries = leaves.get(entry.offset);
    if (!entries) {
      entries = read(header.leafDirectoriesOffset + entry.offset, entry.length).then((b) =>
        parseDirectory(internal(b)),
      );
      leaves.set(entry.offset, entries);
    }
    return entries;
  };
  return {
    header,
    metadata,
    async tile(z, x, y) {
      if (z < header.minZoom || z > header.maxZoom) return null;
      const id = tileIdOf(z, x, y);
      let directory = root;
      for (let depth = 0; depth < MAX_DEPTH; depth++) {
        const entry = findEntry(directory, id);
        if (!entry) return null;
        if (entry.runLength > 0) {
          const bytes = await read(header.tileDataOffset + entry.offset, entry.length);
          return decompress(bytes, header.tileCompression);
        }
        directory = await leaf(entry);
      }
      throw new Error('The PMTiles directories nest deeper than the format allows.');
    },
  };
}

/** The names of the vector layers the archive's metadata lists. */
export function vectorLayerNames(metadata: Record<string, unknown>): string[] {
  const layers = metadata.vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers
    .map((layer: unknown) => (layer as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');
}
