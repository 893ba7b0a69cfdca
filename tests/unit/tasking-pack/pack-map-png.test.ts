import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../src/tasking/pack/pack-docx';
import { packMapPng } from '../../../src/tasking/pack/pack-map-png';
import { buildPack } from '../../../src/tasking/pack/pack-model';
import { crc32 } from '../../../src/tasking/pack/raster/png-encode';
import { packInputs, square } from './pack-fixture';

/** A PNG read back by the test: chunks checked, IDAT inflated, filter-0 rows to RGBA. */
function readPng(bytes: Uint8Array) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = strFromU8(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  idat.reduce((offset, d) => (joined.set(d, offset), offset + d.length), 0);
  const rows = unzlibSync(joined);
  expect(rows.length).toBe((width * 4 + 1) * height);
  const colours = new Map<string, number>();
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = y * (width * 4 + 1) + 1 + x * 4;
      const key = `${rows[i]},${rows[i + 1]},${rows[i + 2]}`;
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
  }
  return { width, height, colours };
}

const inputs = packInputs();
const map = {
  ...inputs.map,
  boundaries: [{ name: 'Ward', geometry: square(449000, 379000, 3000) }],
  candidates: [{ label: '#2', geometry: square(451000, 381000, 250) }],
};

describe('the pack map as a PNG', () => {
  it('is a valid PNG of the layout size, with the hot cell, boundary and outlines drawn', () => {
    const picture = packMapPng(map)!;
    // 760 layout pixels at 2 output pixels each.
    expect(picture.width).toBe(1520);
    const png = readPng(picture.png);
    expect(png.width).toBe(picture.width);
    expect(png.height).toBe(picture.height);
    writeFileSync(join(tmpdir(), 'pack-map-test.png'), picture.png);
    const count = (rgb: string) => png.colours.get(rgb) ?? 0;
    // The 99% hot cell, #b2182b at 85% over the boundary's #f7f7f7: 250 m of a ~3.2 km map.
    const hot = [...png.colours].filter(([k]) => {
      const [r, g, b] = k.split(',').map(Number) as [number, number, number];
      return r > 150 && g < 80 && b < 80;
    });
    expect(hot.reduce((n, [, c]) => n + c, 0)).toBeGreaterThan(1000);
    expect(count('247,247,247')).toBeGreaterThan(100_000);
    expect(count('255,255,255')).toBeGreaterThan(1000);
    expect(png.colours.size).toBeGreaterThan(10);
  });

  it('is in the .docx as word/media/*.png with alt text and a caption', async () => {
    const pack = buildPack({ ...inputs, map });
    const files = unzipSync(await packDocx(pack));
    const media = Object.keys(files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(1);
    const png = readPng(files[media[0]!]!);
    const expected = packMapPng(map)!;
    expect([png.width, png.height]).toEqual([expected.width, expected.height]);
    expect(png.colours.size).toBeGreaterThan(10);
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Map of 1 hot Gi\* cell \(1 at 99%\) of 250 m/);
    expect(document).toContain('Targets outlined in blue: T-001.');
    expect(document.replace(/<[^>]+>/g, '')).toContain(`Map. ${map.caption}`);
  });
});
