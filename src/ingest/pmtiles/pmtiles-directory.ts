/** One entry of a PMTiles directory: a run of tiles, or (runLength 0) a leaf directory. */
export interface PmtilesEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Reads an unsigned LEB128 varint (up to 2⁵³) at `state.at`, moving it past the varint. */
export function readVarint(bytes: Uint8Array, state: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[state.at];
    if (byte === undefined) throw new Error('A PMTiles directory ends inside a number.');
    state.at++;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return value;
    scale *= 128;
    if (scale > 2 ** 56) throw new Error('A PMTiles directory holds a number that is too long.');
  }
}

/**
 * A decompressed directory: the entry count, then per entry the tile id as a delta from the
 * previous one, the run lengths, the lengths, and the offsets (0 after the first entry means
 * "straight after the previous entry", any other value is the offset plus one).
 */
export function parseDirectory(bytes: Uint8Array): PmtilesEntry[] {
  const state = { at: 0 };
  const count = readVarint(bytes, state);
  const entries: PmtilesEntry[] = [];
  let tileId = 0;
  for (let i = 0; i < count; i++) {
    tileId += readVarint(bytes, state);
    entries.push({ tileId, offset: 0, length: 0, runLength: 0 });
  }
  for (const entry of entries) entry.runLength = readVarint(bytes, state);
  for (const entry of entries) entry.length = readVarint(bytes, state);
  entries.forEach((entry, i) => {
    const value = readVarint(bytes, state);
    const previous = entries[i - 1];
    entry.offset = value === 0 && previous ? previous.offset + previous.length : value - 1;
  });
  return entries;
}

/**
 * The tile id of z/x/y: the tiles of all lower zooms (4⁰ + … + 4^(z−1)) plus the position of
 * (x, y) along the Hilbert curve over the 2^z × 2^z tiles of zoom z.
 */
export function tileIdOf(z: number, x: number, y: number): number {
  if (z > 26) throw new Error('PMTiles zooms above 26 are not supported.');
  const side = 2 ** z;
  if (x < 0 || y < 0 || x >= side || y >= side) throw new Error(`No tile ${z}/${x}/${y}.`);
  let base = 0;
  for (let level = 0; level < z; level++) base += 4 ** level;
  let d = 0;
  let tx = x;
  let ty = y;
  for (let s = side / 2; s >= 1; s /= 2) {
    const rx = tx >= s ? 1 : 0;
    const ry = ty >= s ? 1 : 0;
    tx -= rx * s;
    ty -= ry * s;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - tx;
        ty = s - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
  }
  return base + d;
}

/** The entry holding `tileId` (a tile run or the leaf directory to look in), or null. */
export function findEntry(entries: readonly PmtilesEntry[], tileId: number): PmtilesEntry | null {
  let low = 0;
  let high = entries.length - 1;
  let found: PmtilesEntry | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid] as PmtilesEntry;
    if (entry.tileId <= tileId) {
      found = entry;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (!found) return null;
  if (found.runLength === 0) return found;
  return tileId - found.tileId < found.runLength ? found : null;
}
