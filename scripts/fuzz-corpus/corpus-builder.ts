import type { CorpusCase, ExpectedOutcome } from './manifest';
import type { KeyCounts, WrittenFile } from './police-file';
import type { ZipItem } from './zip-writer';
import { zipBytes } from './zip-writer';

/** One part of an input: a file, or one entry of a zip, and the rows it loads per identity. */
export interface Part {
  outcome: ExpectedOutcome;
  keys?: KeyCounts;
}

/** An entry of a zip being built: a written table, or raw bytes with a stated outcome. */
export type ZipEntrySpec =
  | { name: string; file: WrittenFile; stored?: boolean }
  | { name: string; bytes: Uint8Array; expect: DistributiveOmit<ExpectedOutcome, 'name'> | null };

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

/** Collects cases and their files; each case's replacement totals are worked out on adding. */
export class CorpusBuilder {
  readonly cases: CorpusCase[] = [];
  readonly files = new Map<string, Uint8Array>();
  private counter = 0;

  /** A case id and a force name no other case uses (so cases never replace each other's rows). */
  next(prefix: string): { id: string; force: string; refPrefix: string } {
    const n = String(++this.counter).padStart(3, '0');
    return { id: `${prefix}-${n}`, force: `Fuzz ${n} Constabulary`, refPrefix: `F${n}-` };
  }

  /** A zip of the entries and the outcome of each (`null`: the entry is not expected to appear). */
  zip(zipName: string, entries: readonly ZipEntrySpec[]): { bytes: Uint8Array; parts: Part[] } {
    const items: ZipItem[] = [];
    const parts: Part[] = [];
    for (const entry of entries) {
      const name = `${zipName} › ${entry.name}`;
      if ('file' in entry) {
        items.push({ name: entry.name, bytes: entry.file.bytes, stored: entry.stored });
        parts.push({ outcome: { ...entry.file.outcome, name }, keys: entry.file.keys });
      } else {
        items.push({ name: entry.name, bytes: entry.bytes });
        if (entry.expect) parts.push({ outcome: { ...entry.expect, name } as ExpectedOutcome });
      }
    }
    return { bytes: zipBytes(items), parts };
  }

  /**
   * Adds a case whose inputs are loaded in the given order. Each loaded part replaces the rows
   * of every identity (force-month, or source and reference) it loads, as the loader promises.
   */
  add(
    c: Omit<CorpusCase, 'files' | 'outcomes' | 'incidents'>,
    inputs: readonly { path: string; bytes: Uint8Array; parts: Part[] }[],
  ): void {
    const held = new Map<string, number>();
    const outcomes: ExpectedOutcome[] = [];
    for (const input of inputs) {
      if (this.files.has(input.path)) throw new Error(`${input.path} written twice`);
      this.files.set(input.path, input.bytes);
      for (const part of input.parts) {
        let outcome = part.outcome;
        if (outcome.outcome === 'loaded' && part.keys) {
          let replaced = 0;
          for (const [key, n] of part.keys) {
            replaced += held.get(key) ?? 0;
            held.set(key, n);
          }
          outcome = { ...outcome, rowsReplaced: replaced };
        }
        outcomes.push(outcome);
      }
    }
    const incidents = [...held.values()].reduce((a, b) => a + b, 0);
    this.cases.push({ ...c, files: inputs.map((i) => i.path), outcomes, incidents });
  }

  /** Adds a case of one file. */
  single(
    c: Omit<CorpusCase, 'files' | 'outcomes' | 'incidents'>,
    path: string,
    bytes: Uint8Array,
    part: Part,
  ): void {
    this.add(c, [{ path, bytes, parts: [part] }]);
  }
}

/** A single written table as an input under `path` (its outcome renamed to the path's name). */
export function tableInput(path: string, file: WrittenFile) {
  const name = path.split('/').pop() as string;
  return {
    path,
    bytes: file.bytes,
    parts: [{ outcome: { ...file.outcome, name }, keys: file.keys }],
  };
}
