import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTemp, readCsv, type TempDataset } from './dataset-helpers';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,' +
  'Crime type,Last outcome category,Context';

let data: TempDataset;
const rowsByMonth = new Map<string, string[][]>();

beforeAll(async () => {
  data = await generateTemp();
  for (const month of data.truth.months) {
    const rows = await readCsv(join(data.dir, 'policeuk', month, `${month}-demo-street.csv`));
    expect(rows[0]?.join(',')).toBe(HEADER);
    rowsByMonth.set(month, rows.slice(1));
  }
});
afterAll(() => data.remove());

const allRows = (): string[][] => [...rowsByMonth.values()].flat();

describe('police.uk demo files', () => {
  it('cover 2023-01 … 2025-12 with about 50,000 rows', () => {
    expect(data.truth.months).toHaveLength(36);
    expect(data.truth.months[0]).toBe('2023-01');
    expect(data.truth.months.at(-1)).toBe('2025-12');
    expect(allRows().length).toBeGreaterThan(45_000);
    expect(allRows().length).toBeLessThan(55_000);
  });

  it('match truth.json totals per month and per crime type', () => {
    const perType: Record<string, number> = {};
    for (const [month, rows] of rowsByMonth) {
      expect(rows.length, month).toBe(data.truth.policeUk.rowsPerMonth[month]);
      const monthTypes: Record<string, number> = {};
      for (const row of rows) {
        const type = row[9] ?? '';
        perType[type] = (perType[type] ?? 0) + 1;
        monthTypes[type] = (monthTypes[type] ?? 0) + 1;
      }
      expect(monthTypes).toEqual(data.truth.policeUk.rowsPerMonthAndType[month]);
    }
    expect(perType).toEqual(data.truth.policeUk.rowsPerCrimeType);
    expect(allRows().length).toBe(data.truth.policeUk.rows);
  });

  it('give ASB rows an empty Crime ID and crimes a unique 64-hex Crime ID', () => {
    const asb = allRows().filter((r) => r[9] === 'Anti-social behaviour');
    const crimes = allRows().filter((r) => r[9] !== 'Anti-social behaviour');
    expect(asb.length).toBeGreaterThan(0);
    expect(asb.filter((r) => r[0] !== '' || r[10] !== '')).toEqual([]);
    expect(crimes.filter((r) => !/^[0-9a-f]{64}$/.test(r[0] ?? ''))).toEqual([]);
    expect(new Set(crimes.map((r) => r[0])).size).toBe(crimes.length);
  });

  it('have realistic crime-type shares', () => {
    const total = data.truth.policeUk.rows;
    const share = (type: string): number =>
      (data.truth.policeUk.rowsPerCrimeType[type] ?? 0) / total;
    expect(share('Anti-social behaviour')).toBeGreaterThan(0.32);
    expect(share('Anti-social behaviour')).toBeLessThan(0.38);
    expect(share('Violence and sexual offences')).toBeGreaterThan(0.27);
    expect(share('Violence and sexual offences')).toBeLessThan(0.33);
  });

  it('keep rows without a location, as police.uk does, and count them in truth.json', () => {
    const noLocation = allRows().filter((r) => r[4] === '' && r[5] === '' && r[6] === '');
    expect(noLocation.length).toBe(data.truth.policeUk.noLocationRows);
    expect(noLocation.length / allRows().length).toBeGreaterThan(0.001);
    expect(noLocation.length / allRows().length).toBeLessThan(0.006);
  });

  it('hold exact duplicate ASB rows, counted in truth.json', () => {
    let duplicates = 0;
    for (const rows of rowsByMonth.values()) {
      const seen = new Set<string>();
      for (const row of rows) {
        if (row[9] !== 'Anti-social behaviour') continue;
        const key = row.join(',');
        if (seen.has(key)) duplicates++;
        seen.add(key);
      }
    }
    expect(duplicates).toBeGreaterThan(0);
    expect(duplicates).toBe(data.truth.policeUk.duplicateAsbRows);
  });

  it('snap located rows to a fixed set of points with police.uk formatting', async () => {
    const points = new Set<string>();
    const lsoas = JSON.parse(await readFile(join(data.dir, 'lsoas.geojson'), 'utf8')) as {
      features: { properties: { code: string; name: string } }[];
    };
    const lsoaNames = new Map(lsoas.features.map((f) => [f.properties.code, f.properties.name]));
    const wrong = allRows().filter((row) => {
      if (row[2] !== 'Demo Constabulary' || row[3] !== 'Demo Constabulary') return true;
      if (row[4] === '') return false;
      points.add(`${row[4]},${row[5]}`);
      return (
        !/^-?\d+\.\d{6}$/.test(row[4] ?? '') ||
        !/^\d+\.\d{6}$/.test(row[5] ?? '') ||
        !/^On or near \S/.test(row[6] ?? '') ||
        lsoaNames.get(row[7] ?? '') !== row[8]
      );
    });
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(points.size).toBeLessThanOrEqual(data.truth.snapPoints);
    expect(points.size).toBeGreaterThan(1500);
  });

  it('write 12 wards and about 60 LSOAs with population', async () => {
    const wards = JSON.parse(await readFile(join(data.dir, 'wards.geojson'), 'utf8')) as {
      features: { properties: { code: string; name: string }; geometry: { type: string } }[];
    };
    expect(wards.features).toHaveLength(12);
    expect(wards.features[0]?.properties.code).toMatch(/^E059\d{5}$/);
    const population = await readCsv(join(data.dir, 'population.csv'));
    expect(population[0]).toEqual(['Area code', 'Area name', 'Area type', 'Population']);
    expect(population.filter((r) => r[2] === 'lsoa')).toHaveLength(data.truth.areas.lsoas);
    expect(data.truth.areas.lsoas).toBeGreaterThanOrEqual(50);
  });
});
