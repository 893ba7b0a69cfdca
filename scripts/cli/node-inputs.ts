import { createReadStream, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { InputFile } from '../../src/ingest/input-file';
import { DataProblem } from './command';

/** A file on disk as an input; DuckDB reads it straight from disk. */
export function pathInput(path: string, displayName = basename(path)): InputFile {
  const size = statSync(path).size;
  return {
    name: displayName,
    size,
    async head(length) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(Math.min(length, size));
        await handle.read(buffer, 0, buffer.length, 0);
        return buffer;
      } finally {
        await handle.close();
      }
    },
    chunks: () => createReadStream(path) as AsyncIterable<Uint8Array>,
    register: async (db, sqlName) => {
      if (!db.registerLocalPath) throw new Error('this database cannot read local paths');
      await db.registerLocalPath(sqlName, path);
    },
  };
}

/**
 * Expands command-line arguments (files, folders, zips) into inputs, folders recursively.
 * A path that does not exist is a DataProblem.
 */
export function nodeInputs(args: readonly string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (!stat) throw new DataProblem(`${arg}: no such file or folder`);
    if (stat.isDirectory()) {
      for (const path of walk(arg)) {
        const lower = path.toLowerCase();
        if (lower.endsWith('.csv') || lower.endsWith('.zip') || lower.endsWith('.parquet')) {
          inputs.push(pathInput(path, relative(arg, path) || basename(path)));
        }
      }
    } else inputs.push(pathInput(arg));
  }
  return inputs;
}

function walk(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
