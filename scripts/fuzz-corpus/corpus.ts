import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CorpusBuilder } from './corpus-builder';
import { localCases } from './local-cases';
import { localMappingsJson } from './local-file';
import type { CorpusCase, CorpusManifest } from './manifest';
import { policeCases } from './police-cases';
import { policeHeader, policeRecord, policeRow, malformed, writeTable } from './police-file';
import { Random } from './random';
import { zipCases } from './zip-cases';

export const DEFAULT_SEED = 20_261_202;
export const MANIFEST_FILE = 'manifest.json';
const MAPPINGS_FILE = 'mappings.json';

/** Builds every case in memory, deterministically from `seed`. */
export function buildCorpus(seed: number = DEFAULT_SEED): {
  manifest: CorpusManifest;
  files: Map<string, Uint8Array>;
} {
  const random = new Random(seed);
  const builder = new CorpusBuilder();
  policeCases(builder, random);
  localCases(builder, random);
  zipCases(builder, random);
  const files = new Map(builder.files);
  files.set(MAPPINGS_FILE, new TextEncoder().encode(localMappingsJson()));
  return { manifest: { seed, mappings: MAPPINGS_FILE, cases: builder.cases }, files };
}

/** Writes the corpus and its manifest (expected outcomes) into `dir`; returns the manifest. */
export function writeCorpus(dir: string, seed: number = DEFAULT_SEED): CorpusManifest {
  const { manifest, files } = buildCorpus(seed);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * The multi-megabyte case, kept out of the corpus on disk: a row with a field of `megabytes` MB
 * between ordinary rows, written to `dir`. Rejected with its line, never lost.
 */
export function writeHugeFieldCase(dir: string, megabytes: number): CorpusCase {
  const force = 'Fuzz huge Constabulary';
  const huge = policeRecord(
    policeRow(force, '2024-11', { Location: 'y'.repeat(megabytes * 1_000_000) }),
  );
  const records = [
    policeRecord(policeRow(force, '2024-11')),
    malformed(huge.text, 'long'),
    policeRecord(policeRow(force, '2024-11', { Longitude: '' })),
  ];
  const name = 'huge-field.csv';
  const file = writeTable(name, policeHeader(), records);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), file.bytes);
  return {
    id: 'police-huge-field',
    kind: 'police.uk',
    class: 'huge fields',
    description: `a field of ${megabytes} MB`,
    files: [name],
    outcomes: [file.outcome],
    incidents: file.outcome.outcome === 'loaded' ? file.outcome.rowsLoaded : 0,
  };
}
