import { createContext, useContext } from 'react';
import type { DuckConnector } from './connector';
import type { WorkspaceStorage } from './workspace-storage';

export interface DatabaseState {
  db: DuckConnector | null;
  error: string | null;
  /** Where the workspace is kept; null until the database is open. */
  storage: WorkspaceStorage | null;
  /** Goes up after every load, so queries keyed on it refetch. */
  version: number;
  bumpVersion: () => void;
  /** Deletes the saved workspace (incidents, boundaries, reports) and opens an empty one. */
  clearWorkspace: () => Promise<void>;
}

export const DatabaseContext = createContext<DatabaseState>({
  db: null,
  error: null,
  storage: null,
  version: 0,
  bumpVersion: () => {},
  clearWorkspace: async () => {},
});

export function useDatabase(): DatabaseState {
  return useContext(DatabaseContext);
}
