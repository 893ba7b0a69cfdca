import { zipBytes } from '../../scripts/fuzz-corpus/zip-writer';

/**
 * A zip of the given entries in order, exactly as named: repeated names, `../`, `..\` and
 * absolute paths included (what a careless or hostile archiver writes).
 */
export function zipOf(
  entries: readonly (readonly [name: string, bytes: Uint8Array])[],
): Uint8Array {
  return zipBytes(entries.map(([name, bytes]) => ({ name, bytes })));
}
