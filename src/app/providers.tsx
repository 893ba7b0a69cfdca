import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { initialiseDatabase } from '../db/init';
import { DatabaseContext } from '../db/database-context';
import type { OpenedWorkspace } from '../db/workspace-storage';
import { openWorkspaceDuck, removeWorkspaceFiles } from '../db/workspace-storage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } },
});

let workspacePromise: Promise<OpenedWorkspace> | null = null;

/** One workspace database per page, opened once (and again after it is cleared). */
function sharedWorkspace(): Promise<OpenedWorkspace> {
  workspacePromise ??= openWorkspaceDuck().then(async (opened) => {
    await initialiseDatabase(opened.db);
    return opened;
  });
  return workspacePromise;
}

export function Providers({ children }: { children: ReactNode }) {
  const [workspace, setWorkspace] = useState<OpenedWorkspace | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    sharedWorkspace().then(setWorkspace, (e: unknown) => setError(String(e)));
  }, []);
  const bumpVersion = useCallback(() => setVersion((v) => v + 1), []);
  const clearWorkspace = useCallback(async () => {
    const current = workspacePromise;
    workspacePromise = null;
    setWorkspace(null);
    await (await current)?.db.close();
    await removeWorkspaceFiles();
    queryClient.clear();
    try {
      setWorkspace(await sharedWorkspace());
    } catch (e) {
      setError(String(e));
    }
    setVersion((v) => v + 1);
  }, []);
  const state = useMemo(
    () => ({
      db: workspace?.db ?? null,
      storage: workspace?.storage ?? null,
      error,
      version,
      bumpVersion,
      clearWorkspace,
    }),
    [workspace, error, version, bumpVersion, clearWorkspace],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <DatabaseContext.Provider value={state}>{children}</DatabaseContext.Provider>
    </QueryClientProvider>
  );
}
