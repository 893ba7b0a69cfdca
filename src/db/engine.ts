import type { DuckConnector } from './connector';
import { openNodeDuck } from './node';

/** Which DuckDB runs the command line: native (multi-threaded) or the WASM build the browser uses. */
export type DuckEngine = 'native' | 'wasm';
export const DUCK_ENGINES: readonly DuckEngine[] = ['native', 'wasm'];

/** The opened database, the engine that runs it, and why it is not the one asked for (if so). */
export interface OpenedEngine {
  db: DuckConnector;
  engine: DuckEngine;
  note: string | null;
}

/**
 * Opens the engine asked for; with none asked for, native where its binding loads on this
 * machine, else WASM with a note saying why. Asking for native where it cannot load is an error.
 */
export async function openEngine(requested: DuckEngine | null): Promise<OpenedEngine> {
  if (requested === 'wasm') return { db: await openNodeDuck(), engine: 'wasm', note: null };
  try {
    const { openNativeDuck } = await import('./native');
    return { db: await openNativeDuck(), engine: 'native', note: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (requested === 'native')
      throw new Error(`native DuckDB cannot run here: ${reason}`, { cause: error });
    return {
      db: await openNodeDuck(),
      engine: 'wasm',
      note: `native DuckDB could not load (${reason}); using DuckDB-WASM`,
    };
  }
}
