import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Counts police.uk rows with papaparse (not the code under test): by month and by crime type. */
export function countPoliceUkFolder(folder: string): PoliceUkCount {
  return countPoliceUkFiles(walk(folder).filter((f) => f.endsWith('.csv')));
}

export interface PoliceUkCount {
  total: number;
  byMonth: Record<string, number>;
  byType: Record<string, number>;
  exactCopies: number;
  files: string[];
}

/** The same counts for a list of police.uk CSV files. */
export function countPoliceUkFiles(files: string[]): PoliceUkCount {
  const byMonth: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let total = 0;
  let exactCopies = 0;
  for (const file of files) {
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    const month = header?.indexOf('Month') ?? -1;
    const type = header?.indexOf('Crime type') ?? -1;
    const seen = new Set<string>();
    for (const row of rows) {
      total++;
      byMonth[row[month] as string] = (byMonth[row[month] as string] ?? 0) + 1;
      byType[row[type] as string] = (byType[row[type] as string] ?? 0) + 1;
      const key = row.join('\u0001');
      if (seen.has(key)) exactCopies++;
      else seen.add(key);
    }
  }
  return { total, byMonth, byType, exactCopies, files };
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)],
  );
}
