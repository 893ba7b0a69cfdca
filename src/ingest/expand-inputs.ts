import { unzipSync } from 'fflate';
import type { InputFile } from './input-file';
import { bytesInput, isZipName } from './input-file';

export interface SkippedInput {
  fileName: string;
  reason: string;
}

const POLICE_UK_OTHER_FILES: [RegExp, string][] = [
  [/-outcomes\.csv$/i, 'a police.uk outcomes file (only street-level files are loaded)'],
  [
    /-stop-and-search\.csv$/i,
    'a police.uk stop-and-search file (only street-level files are loaded)',
  ],
];

function skipReason(name: string): string | null {
  if (/(^|\/)__MACOSX\//.test(name) || /(^|\/)\.[^/]*$/.test(name)) return 'a system file';
  for (const [pattern, reason] of POLICE_UK_OTHER_FILES) if (pattern.test(name)) return reason;
  if (name.endsWith('/')) return 'a folder entry';
  return null;
}

/**
 * Turns what the user gave (CSVs, zips of CSVs) into the CSV files to load, and says which
 * files were passed over and why.
 */
export async function expandInputs(
  inputs: readonly InputFile[],
): Promise<{ files: InputFile[]; skipped: SkippedInput[] }> {
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  for (const input of inputs) {
    if (isZipName(input.name)) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of input.chunks()) chunks.push(chunk);
      const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks);
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(bytes, { filter: (f) => skipReason(f.name) === null });
      } catch (error) {
        skipped.push({
          fileName: input.name,
          reason: `not a readable zip archive (${String(error)})`,
        });
        continue;
      }
      for (const [name, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
        if (!name.toLowerCase().endsWith('.csv')) {
          skipped.push({ fileName: `${input.name} › ${name}`, reason: 'not a CSV file' });
          continue;
        }
        files.push(bytesInput(`${input.name} › ${name}`, data));
      }
      continue;
    }
    const reason = skipReason(input.name);
    if (reason) skipped.push({ fileName: input.name, reason });
    else files.push(input);
  }
  return { files, skipped };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
