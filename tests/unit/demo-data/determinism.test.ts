import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTemp, type TempDataset } from './dataset-helpers';

const made: TempDataset[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => d.remove()));
});

async function digests(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(
      path.slice(dir.length),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return out;
}

describe('demo-data generator', () => {
  it('writes byte-identical files on two runs into two folders', async () => {
    const a = await generateTemp();
    made.push(a);
    const b = await generateTemp();
    made.push(b);
    const da = await digests(a.dir);
    const db = await digests(b.dir);
    expect(da.size).toBe(a.files.length);
    expect([...da.keys()].sort()).toEqual([...db.keys()].sort());
    for (const [file, digest] of da) expect(db.get(file), file).toBe(digest);
  });

  it('writes 36 police.uk month files plus areas, population, local extracts and truth', async () => {
    const a = made[0] ?? (await generateTemp());
    expect(a.files.filter((f) => f.startsWith('policeuk/'))).toHaveLength(36);
    expect(a.files).toEqual(
      expect.arrayContaining([
        'policeuk/2023-01/2023-01-demo-street.csv',
        'policeuk/2025-12/2025-12-demo-street.csv',
        'wards.geojson',
        'lsoas.geojson',
        'population.csv',
        'truth.json',
        'local/council-asb-cases.csv',
        'local/fire-incidents.csv',
        'local/police-incidents.csv',
      ]),
    );
  });

  it('uses no Math.random anywhere in the generator', async () => {
    const dir = join(import.meta.dirname, '../../../scripts/demo-data');
    for (const name of await readdir(dir)) {
      if (!name.endsWith('.ts')) continue;
      expect(await readFile(join(dir, name), 'utf8'), name).not.toMatch(/Math\.random/);
    }
  });
});
