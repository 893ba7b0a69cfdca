/** Compression codes of a PMTiles v3 header (internal: directories and metadata; tiles). */
export type PmtilesCompression = 'unknown' | 'none' | 'gzip' | 'brotli' | 'zstd';
/** Tile formats of a PMTiles v3 header. */
export type PmtilesTileType = 'unknown' | 'mvt' | 'png' | 'jpeg' | 'webp' | 'avif';

const COMPRESSIONS: readonly PmtilesCompression[] = ['unknown', 'none', 'gzip', 'brotli', 'zstd'];
const TILE_TYPES: readonly PmtilesTileType[] = ['unknown', 'mvt', 'png', 'jpeg', 'webp', 'avif'];

/** The fixed 127-byte header at the start of a PMTiles v3 archive. */
export interface PmtilesHeader {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafDirectoriesOffset: number;
  leafDirectoriesLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  internalCompression: PmtilesCompression;
  tileCompression: PmtilesCompression;
  tileType: PmtilesTileType;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: { zoom: number; longitude: number; latitude: number };
}

export const PMTILES_HEADER_BYTES = 127;
/** The root directory lies within the first 16 KiB, so one read gets the header and the root. */
export const PMTILES_FIRST_READ_BYTES = 16_384;

/** Reads the header; throws with a reason a person can act on when the bytes are not PMTiles v3. */
export function parsePmtilesHeader(bytes: Uint8Array): PmtilesHeader {
  if (bytes.length < PMTILES_HEADER_BYTES) throw new Error('The file is too short to be PMTiles.');
  const magic = String.fromCharCode(...bytes.subarray(0, 7));
  if (magic !== 'PMTiles') throw new Error('The file is not a PMTiles archive.');
  const version = bytes[7];
  if (version !== 3)
    throw new Error(`PMTiles version ${version ?? '?'} is not supported (version 3 is).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (at: number) => view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
  const degrees = (at: number) => view.getInt32(at, true) / 1e7;
  return {
    rootDirectoryOffset: u64(8),
    rootDirectoryLength: u64(16),
    metadataOffset: u64(24),
    metadataLength: u64(32),
    leafDirectoriesOffset: u64(40),
    leafDirectoriesLength: u64(48),
    tileDataOffset: u64(56),
    tileDataLength: u64(64),
    internalCompression: COMPRESSIONS[bytes[97] ?? 0] ?? 'unknown',
    tileCompression: COMPRESSIONS[bytes[98] ?? 0] ?? 'unknown',
    tileType: TILE_TYPES[bytes[99] ?? 0] ?? 'unknown',
    minZoom: bytes[100] ?? 0,
    maxZoom: bytes[101] ?? 0,
    bounds: [degrees(102), degrees(106), degrees(110), degrees(114)],
    center: { zoom: bytes[118] ?? 0, longitude: degrees(119), latitude: degrees(123) },
  };
}
