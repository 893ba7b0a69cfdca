import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DuckConnector } from '../db/connector';
import { openBrowserDuck } from '../db/browser';
import { initialiseDatabase } from '../db/init';
import { DatabaseContext } from '../db/database-context';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } },
});

let databasePromise: Promise<DuckConnector> | null = null;

/** One database per page, created once. */
function sharedDatabase(): Promise<DuckConnector> {
  databasePromise ??= openBrowserDuck().then(initialiseDatabase);
  return databasePromise;
}

export function Providers({ children }: { children: ReactNode }) {
  const [db, setDb] = useState<DuckConnector | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    sharedDatabase().then(setDb, (e: unknown) => setError(String(e)));
  }, []);
  const bumpVersion = useCallback(() => setVersion((v) => v + 1), []);
  const state = useMemo(
    () => ({ db, error, version, bumpVersion }),
    [db, error, version, bumpVersion],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <DatabaseContext.Provider value={state}>{children}</DatabaseContext.Provider>
    </QueryClientProvider>
  );
}
