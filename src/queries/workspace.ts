import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import { storageEstimate, workspaceFiles } from '../db/workspace-storage';
import { workspaceContents } from '../reports/workspace';

/** What the workspace holds, the files it takes on disk, and the browser's quota. */
export function workspaceQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['workspace', version],
    queryFn: async () => ({
      contents: await workspaceContents(db as DuckConnector),
      files: await workspaceFiles(),
      estimate: await storageEstimate(),
    }),
    enabled: db !== null,
  });
}
