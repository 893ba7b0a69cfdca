import { describe, expect, it } from 'vitest';
import { findEntry, parseDirectory, tileIdOf } from '../../../src/ingest/pmtiles/pmtiles-directory';
import { parsePmtilesHeader } from '../../../src/ingest/pmtiles/pmtiles-header';
import {
  bytesRanges,
  openPmtiles,
  vectorLayerNames,
} from '../../../src/ingest/pmtiles/pmtiles-reader';
import type { ArchiveTile } from '../../support/pmtiles-writer';
import { writePmtiles } from '../../support/pmtiles-writer';
import { ProtobufWriter } from '../../support/protobuf-writer';

const tileBytes = (z: number, x: number, y: number) =>
  new TextEncoder().encode(`tile ${z}/${x}/${y}`);

/** Every tile of zooms 0–3: 85 tiles, enough for several leaf directories. */
function pyramid(): ArchiveTile[] {
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= 3; z++)
    for (let x = 0; x < 2 ** z; x++)
      for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, bytes: tileBytes(z, x, y) });
  return tiles;
}

const metadata = { vector_layers: [{ id: 'roads' }, { id: 'water' }], attribution: 'test' };

describe('PMTiles tile ids', () => {
  it('follow the spec: zoom offsets plus the Hilbert position', () => {
    expect(tileIdOf(0, 0, 0)).toBe(0);
    expect(tileIdOf(1, 0, 0)).toBe(1);
    expect(tileIdOf(1, 0, 1)).toBe(2);
    expect(tileIdOf(1, 1, 1)).toBe(3);
    expect(tileIdOf(1, 1, 0)).toBe(4);
    expect(tileIdOf(2, 0, 0)).toBe(5);
    expect(tileIdOf(3, 7, 0)).toBe(1 + 4 + 16 + 63);
  });

  it('are one to one over a zoom, and count on past 2³² at street zooms', () => {
    const seen = new Set<number>();
    for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) seen.add(tileIdOf(4, x, y));
    expect(seen.size).toBe(256);
    expect(Math.min(...seen)).toBe(85);
    expect(Math.max(...seen)).toBe(85 + 255);
    expect(tileIdOf(17, 65_000, 43_000)).toBeGreaterThan(2 ** 32);
  });
});

describe('PMTiles directories', () => {
  it('decode delta tile ids, run lengths and "straight after the previous" offsets', () => {
    const w = new ProtobufWriter().varint(3);
    for (const delta of [5, 1, 10]) w.varint(delta);
    for (const run of [1, 2, 0]) w.varint(run);
    for (const length of [100, 50, 30]) w.varint(length);
    for (const offset of [1, 0, 4001]) w.varint(offset);
    const entries = parseDirectory(w.finish());
    expect(entries).toEqual([
      { tileId: 5, offset: 0, length: 100, runLength: 1 },
      { tileId: 6, offset: 100, length: 50, runLength: 2 },
      { tileId: 16, offset: 4000, length: 30, runLength: 0 },
    ]);
    expect(findEntry(entries, 7)?.tileId).toBe(6);
    expect(findEntry(entries, 8)).toBeNull();
    expect(findEntry(entries, 4)).toBeNull();
    expect(findEntry(entries, 99)?.runLength).toBe(0);
  });
});

describe('a PMTiles archive', () => {
  it.each([
    ['root directory only', undefined],
    ['root pointing to leaf directories', 10],
  ])('reads every tile back, with %s', async (_, leafSize) => {
    const bytes = writePmtiles(pyramid(), { metadata, bounds: [-2, 52, -1, 54], leafSize });
    const archive = await openPmtiles(bytesRanges(bytes));
    expect(archive.header.tileType).toBe('mvt');
    expect(archive.header.tileCompression).toBe('gzip');
    expect(archive.header.bounds).toEqual([-2, 52, -1, 54]);
    expect([archive.header.minZoom, archive.header.maxZoom]).toEqual([0, 3]);
    expect(vectorLayerNames(archive.metadata)).toEqual(['roads', 'water']);
    for (const { z, x, y } of pyramid())
      expect(new TextDecoder().decode((await archive.tile(z, x, y)) ?? new Uint8Array())).toBe(
        `tile ${z}/${x}/${y}`,
      );
    expect(await archive.tile(4, 0, 0)).toBeNull();
  });

  it('answers null for a tile the archive does not hold', async () => {
    const tiles = pyramid().filter((t) => !(t.z === 3 && t.x === 2 && t.y === 5));
    const archive = await openPmtiles(
      bytesRanges(writePmtiles(tiles, { metadata, bounds: [0, 0, 1, 1] })),
    );
    expect(await archive.tile(3, 2, 5)).toBeNull();
    expect(await archive.tile(3, 2, 4)).not.toBeNull();
  });

  it('refuses what is not PMTiles v3, saying why', () => {
    const notPm = new TextEncoder().encode('x'.repeat(200));
    expect(() => parsePmtilesHeader(notPm)).toThrow(/not a PMTiles archive/);
    const v2 = writePmtiles(pyramid(), { metadata, bounds: [0, 0, 1, 1] });
    v2[7] = 2;
    expect(() => parsePmtilesHeader(v2)).toThrow(/version 2 is not supported/);
  });
});
