import { createContext, useContext } from 'react';
import type { DuckConnector } from '../db/connector';

export interface DatabaseState {
  db: DuckConnector | null;
  error: string | null;
  /** Goes up after every load, so queries keyed on it refetch. */
  version: number;
  bumpVersion: () => void;
}

export const DatabaseContext = createContext<DatabaseState>({
  db: null,
  error: null,
  version: 0,
  bumpVersion: () => {},
});

export function useDatabase(): DatabaseState {
  return useContext(DatabaseContext);
}
