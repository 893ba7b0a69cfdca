import { useCallback, useRef, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import type { InputFile } from '../../ingest/input-file';
import type { LoadBatchReport, LoadProgress, LocalExtractOptions } from '../../ingest/load-files';
import { loadFiles } from '../../ingest/load-files';

export interface LoadState {
  running: boolean;
  progress: LoadProgress | null;
  lastBatch: LoadBatchReport | null;
  error: string | null;
}

/**
 * Loads inputs into the page's database with progress and cancel, then refreshes every view.
 * `local` gives the saved mappings for local extracts met inside zips or folders.
 */
export function useLoadFiles() {
  const { db, bumpVersion } = useDatabase();
  const [state, setState] = useState<LoadState>({
    running: false,
    progress: null,
    lastBatch: null,
    error: null,
  });
  const abort = useRef<AbortController | null>(null);

  const load = useCallback(
    async (inputs: InputFile[], local?: LocalExtractOptions): Promise<LoadBatchReport | null> => {
      if (!db || inputs.length === 0) return null;
      abort.current = new AbortController();
      setState((s) => ({ ...s, running: true, progress: null, error: null }));
      try {
        const started = performance.now();
        const batch = await loadFiles(
          db,
          inputs,
          (progress) => setState((s) => ({ ...s, progress })),
          abort.current.signal,
          local,
        );
        // A user-timing entry, so benchmarks can read the load itself apart from rendering.
        performance.measure('csp-load', { start: started, end: performance.now() });
        setState({ running: false, progress: null, lastBatch: batch, error: null });
        bumpVersion();
        return batch;
      } catch (error) {
        setState((s) => ({ ...s, running: false, error: String(error) }));
        bumpVersion();
        return null;
      }
    },
    [db, bumpVersion],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { ...state, load, cancel, ready: db !== null };
}
