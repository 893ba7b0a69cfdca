import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDuck } from '../../../src/db/node';
import { initialiseDatabase } from '../../../src/db/init';
import type { DuckConnector } from '../../../src/db/connector';
import { bytesInput } from '../../../src/ingest/input-file';
import type { InputFile } from '../../../src/ingest/input-file';

const FIXTURES = join(import.meta.dirname, '../../fixtures/local');

/** A fixture from tests/fixtures/local as an input (bytes exactly as on disk). */
export function fixtureInput(name: string): InputFile {
  return bytesInput(name, new Uint8Array(readFileSync(join(FIXTURES, name))));
}

/** A fixture's raw bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** An in-memory text file as an input. */
export function textInput(name: string, text: string): InputFile {
  return bytesInput(name, new TextEncoder().encode(text));
}

/** A fresh database with the schema. */
export async function freshDatabase(): Promise<DuckConnector> {
  return initialiseDatabase(await openNodeDuck());
}

/** Reads every data row of a table into memory (small fixtures only). */
export async function allRows(table: {
  batches(size?: number): AsyncIterable<{ rows: string[][]; lines: number[] }>;
}) {
  const rows: string[][] = [];
  const lines: number[] = [];
  for await (const batch of table.batches(3)) {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
  }
  return { rows, lines };
}
