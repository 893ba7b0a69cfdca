import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { workspaceQuery } from '../../queries/workspace';
import { demoAvailable } from '../import/demo-dataset';
import type { DemoWorkspace } from './use-demo-workspace';
import type { WorkspaceRestore } from './use-workspace-restore';
import { loadedAtText } from './loaded-at';
import { storageStatusShort } from './storage-status';

interface Props {
  restore: WorkspaceRestore;
  demo: DemoWorkspace;
  onOpen: () => void;
}

/** The sidebar's line on the workspace: where it is kept, what it holds and since when. */
export function WorkspaceSummary({ restore, demo, onOpen }: Props) {
  const { db, version, storage } = useDatabase();
  const workspace = useQuery(workspaceQuery(db, version));
  const files = workspace.data?.contents.files ?? [];
  const latest = files.reduce<string | null>(
    (last, f) => (last === null || f.loadedAt > last ? f.loadedAt : last),
    null,
  );
  return (
    <section
      className="panel workspace-summary"
      aria-label="Workspace"
      data-testid="workspace-summary"
    >
      <h2>Workspace</h2>
      <p
        className={storage?.problem ? 'error' : 'muted'}
        role={storage?.problem ? 'alert' : undefined}
      >
        {storageStatusShort(storage)}
      </p>
      {restore.damaged.length > 0 && (
        <p className="error" role="alert">
          Boundary layers kept earlier could not be read back: {restore.damaged.join(', ')}. Load
          them again.
        </p>
      )}
      {workspace.data && (
        <p>
          {files.length === 0
            ? 'Nothing loaded yet.'
            : `${files.length.toLocaleString('en-GB')} file${files.length === 1 ? '' : 's'}, last loaded ${loadedAtText(latest)}.`}
        </p>
      )}
      <button type="button" onClick={onOpen}>
        Manage the workspace…
      </button>
      {demo.empty && demoAvailable() && (
        <button type="button" onClick={() => void demo.loadDemo()}>
          Load the demo borough
        </button>
      )}
    </section>
  );
}
