import { gzipSync } from 'fflate';
import { tileIdOf } from '../../src/ingest/pmtiles/pmtiles-directory';
import { ProtobufWriter } from './protobuf-writer';

/** A tile to write: its z/x/y and its (uncompressed) bytes. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

interface Options {
  metadata: Record<string, unknown>;
  bounds: [number, number, number, number];
  /** Entries per leaf directory; with a value, the root points to leaves (tests the leaf path). */
  leafSize?: number;
}

function directoryBytes(
  entries: { tileId: number; offset: number; length: number; run: number }[],
) {
  const w = new ProtobufWriter().varint(entries.length);
  let last = 0;
  for (const e of entries) {
    w.varint(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) w.varint(e.run);
  for (const e of entries) w.varint(e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    w.varint(previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return gzipSync(w.finish());
}

/**
 * A PMTiles v3 archive of gzip-compressed MVT tiles with gzip directories and metadata, laid
 * out header, root directory, metadata, leaf directories, tile data (test fixtures only).
 */
export function writePmtiles(tiles: readonly ArchiveTile[], options: Options): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: tileIdOf(t.z, t.x, t.y), data: gzipSync(t.bytes) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: { tileId: number; offset: number; length: number; run: number }[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, run: 1 });
    offset += t.data.length;
  }
  const tileData = new Uint8Array(offset);
  sorted.forEach((t, i) => tileData.set(t.data, entries[i]?.offset ?? 0));

  let root: Uint8Array;
  let leaves = new Uint8Array();
  if (options.leafSize) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: typeof entries = [];
    let leafOffset = 0;
    for (let i = 0; i < entries.length; i += options.leafSize) {
      const chunk = entries.slice(i, i + options.leafSize);
      const bytes = directoryBytes(chunk);
      rootEntries.push({
        tileId: chunk[0]?.tileId ?? 0,
        offset: leafOffset,
        length: bytes.length,
        run: 0,
      });
      leafParts.push(bytes);
      leafOffset += bytes.length;
    }
    root = directoryBytes(rootEntries);
    leaves = new Uint8Array(leafOffset);
    let at = 0;
    for (const part of leafParts) {
      leaves.set(part, at);
      at += part.length;
    }
  } else root = directoryBytes(entries);

  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const header = new Uint8Array(127);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  const u64 = (at: number, value: number) => {
    view.setUint32(at, value % 2 ** 32, true);
    view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
  };
  const rootAt = 127;
  const metadataAt = rootAt + root.length;
  const leavesAt = metadataAt + metadata.length;
  const tilesAt = leavesAt + leaves.length;
  u64(8, rootAt);
  u64(16, root.length);
  u64(24, metadataAt);
  u64(32, metadata.length);
  u64(40, leavesAt);
  u64(48, leaves.length);
  u64(56, tilesAt);
  u64(64, tileData.length);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  header[96] = 1; // clustered
  header[97] = 2; // internal compression gzip
  header[98] = 2; // tile compression gzip
  header[99] = 1; // MVT
  header[100] = Math.min(...tiles.map((t) => t.z));
  header[101] = Math.max(...tiles.map((t) => t.z));
  const [west, south, east, north] = options.bounds;
  view.setInt32(102, Math.round(west * 1e7), true);
  view.setInt32(106, Math.round(south * 1e7), true);
  view.setInt32(110, Math.round(east * 1e7), true);
  view.setInt32(114, Math.round(north * 1e7), true);
  header[118] = header[100] ?? 0;
  view.setInt32(119, Math.round(((west + east) / 2) * 1e7), true);
  view.setInt32(123, Math.round(((south + north) / 2) * 1e7), true);

  const out = new Uint8Array(tilesAt + tileData.length);
  out.set(header, 0);
  out.set(root, rootAt);
  out.set(metadata, metadataAt);
  out.set(leaves, leavesAt);
  out.set(tileData, tilesAt);
  return out;
}
