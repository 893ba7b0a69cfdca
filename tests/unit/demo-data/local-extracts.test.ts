import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTemp, type TempDataset } from './dataset-helpers';

let data: TempDataset;
const bytes = new Map<string, Uint8Array>();

beforeAll(async () => {
  data = await generateTemp();
  for (const f of data.truth.local.files) bytes.set(f.file, await readFile(join(data.dir, f.file)));
});
afterAll(() => data.remove());

/** Decodes a local file the way its summary says it is encoded, and parses it. */
function rowsOf(file: string): string[][] {
  const summary = data.truth.local.files.find((f) => f.file === file);
  const raw = bytes.get(file);
  if (!summary || !raw) throw new Error(`no ${file}`);
  // Latin-1 is enough for parsing here: Windows-1252 only differs in 0x80–0x9F (dashes, quotes).
  let text =
    summary.encoding === 'windows-1252'
      ? Buffer.from(raw).toString('latin1')
      : new TextDecoder().decode(raw);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const isValidDate = (y: number, m: number, d: number, h: number, min: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d, h, min));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === m - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h
  );
};
const inBorough = (e: number, n: number): boolean =>
  e > data.truth.extent.minE &&
  e < data.truth.extent.maxE &&
  n > data.truth.extent.minN &&
  n < data.truth.extent.maxN;

/** Per file: which columns hold date, code and coordinates, and how to check each. */
const CHECKS: Record<
  string,
  {
    date: (r: string[]) => boolean;
    code: number;
    place: (r: string[]) => 'ok' | 'zero' | 'blank' | 'bad';
  }
> = {
  'local/council-asb-cases.csv': {
    date: (r) => {
      const d = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(r[1] ?? '');
      const t = /^(\d\d):(\d\d)$/.exec(r[2] ?? '');
      return !!d && !!t && isValidDate(+d[3]!, +d[2]!, +d[1]!, +t[1]!, +t[2]!);
    },
    code: 3,
    place: (r) =>
      r[4] === '' && r[5] === ''
        ? 'blank'
        : r[4] === '0' && r[5] === '0'
          ? 'zero'
          : inBorough(+r[4]!, +r[5]!)
            ? 'ok'
            : 'bad',
  },
  'local/fire-incidents.csv': {
    date: (r) => {
      const d = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):00$/.exec(r[1] ?? '');
      return !!d && isValidDate(+d[1]!, +d[2]!, +d[3]!, +d[4]!, +d[5]!);
    },
    code: 3,
    place: (r) =>
      r[4] === '0' && r[5] === '0' ? 'zero' : inBorough(+r[4]!, +r[5]!) ? 'ok' : 'bad',
  },
  'local/police-incidents.csv': {
    date: (r) => {
      const d = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)$/.exec(r[1] ?? '');
      return !!d && isValidDate(+d[3]!, +d[2]!, +d[1]!, +d[4]!, +d[5]!);
    },
    code: 2,
    place: (r) => {
      const g = r[3] ?? '';
      if (/^0+ 0+$/.test(g)) return 'zero';
      const numeric = /^(\d{6}) (\d{6})$/.exec(g);
      const lettered = /^SK(\d{5})(\d{5})$/.exec(g);
      if (numeric) return inBorough(+numeric[1]!, +numeric[2]!) ? 'ok' : 'bad';
      if (lettered) return inBorough(400000 + +lettered[1]!, 300000 + +lettered[2]!) ? 'ok' : 'bad';
      return 'bad';
    },
  },
};

describe('local extracts', () => {
  it('have the expected sizes, row counts and code counts', () => {
    const expected: Record<string, [number, number]> = {
      'local/council-asb-cases.csv': [5500, 6500],
      'local/fire-incidents.csv': [1300, 1700],
      'local/police-incidents.csv': [3600, 4400],
    };
    for (const summary of data.truth.local.files) {
      const rows = rowsOf(summary.file).slice(1);
      const [lo, hi] = expected[summary.file] ?? [0, 0];
      expect(rows.length, summary.file).toBe(summary.rows);
      expect(rows.length).toBeGreaterThan(lo);
      expect(rows.length).toBeLessThan(hi);
      const column = rowsOf(summary.file)[0]?.indexOf(summary.codeColumn) ?? -1;
      const counts: Record<string, number> = {};
      for (const r of rows) if (r[column]) counts[r[column]] = (counts[r[column]] ?? 0) + 1;
      expect(counts, summary.file).toEqual(summary.codeCounts);
    }
  });

  it('flag exactly the recorded bad rows, at the recorded lines', () => {
    for (const [file, check] of Object.entries(CHECKS)) {
      const rows = rowsOf(file);
      const found: { line: number; reason: string }[] = [];
      rows.slice(1).forEach((r, i) => {
        const line = i + 2;
        if (!check.date(r)) found.push({ line, reason: 'unparseable-date' });
        const place = check.place(r);
        if (place === 'zero') found.push({ line, reason: 'zero-coordinates' });
        expect(place, `${file}:${line}`).not.toBe('bad');
        if (!r[check.code]) found.push({ line, reason: 'missing-type' });
      });
      const recorded = data.truth.local.badRows
        .filter((b) => b.file === file)
        .map(({ line, reason }) => ({ line, reason }));
      expect(recorded.length).toBeGreaterThanOrEqual(3);
      expect(found, file).toEqual(recorded);
    }
  });

  it('writes the council export in Windows-1252 with a few non-ASCII characters', () => {
    const raw = bytes.get('local/council-asb-cases.csv') ?? new Uint8Array();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    // Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 (0x96 → U+0096, not
    // '–'), so check the bytes themselves.
    const latin1 = Buffer.from(raw).toString('latin1');
    expect(latin1).toContain('Caf\xe9');
    expect(latin1).toContain('\xa3');
    expect(latin1).toMatch(/Flat \d\x96\d/);
    expect(latin1.split('\r\n')[0]).toBe(
      'Case Ref,Date Reported,Time,Incident Type,Easting,Northing,Address,Ward,Officer',
    );
    const summary = data.truth.local.files.find((f) => f.file === 'local/council-asb-cases.csv');
    expect(summary?.addressOnlyRows).toBeGreaterThan(50);
    expect(summary?.nonAsciiRows).toBeGreaterThan(10);
    expect(summary?.nonAsciiRows).toBeLessThan(400);
  });

  it('writes the fire export as UTF-8 with a BOM and an October–November deliberate secondary peak', () => {
    const raw = bytes.get('local/fire-incidents.csv') ?? new Uint8Array();
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf('local/fire-incidents.csv')
      .slice(1)
      .filter((r) => r[3]?.startsWith('Deliberate secondary'));
    const perMonth = new Array<number>(12).fill(0);
    for (const r of rows) {
      const m = /^\d{4}-(\d\d)/.exec(r[1] ?? '');
      if (m) perMonth[+m[1]! - 1]! += 1;
    }
    const octNov = ((perMonth[9] ?? 0) + (perMonth[10] ?? 0)) / 2;
    const others = perMonth.filter((_, i) => i !== 9 && i !== 10);
    expect(octNov).toBeGreaterThan(1.3 * Math.max(...others));
  });

  it('mixes numeric and lettered grid references in the police log', () => {
    const refs = rowsOf('local/police-incidents.csv')
      .slice(1)
      .map((r) => r[3] ?? '');
    expect(refs.filter((g) => /^\d{6} \d{6}$/.test(g)).length).toBeGreaterThan(1000);
    expect(refs.filter((g) => /^SK\d{10}$/.test(g)).length).toBeGreaterThan(1000);
  });
});
