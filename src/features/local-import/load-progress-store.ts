import { useSyncExternalStore } from 'react';
import type { ParseProgress } from './parse-client';

// Progress lives outside React state so that only the progress bar re-renders, not the app.
let progress: ParseProgress = { fraction: 0, rows: 0, pass: 1, passes: 1 };
const listeners = new Set<() => void>();

/** Sets the running load's progress (called from the parse worker's messages). */
export function setLoadProgress(next: ParseProgress): void {
  progress = next;
  for (const listener of listeners) listener();
}

/** The running load's progress, for the progress bar. */
export function useLoadProgress(): ParseProgress {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => progress,
  );
}
