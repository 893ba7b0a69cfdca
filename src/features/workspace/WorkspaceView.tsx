import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { workspaceQuery } from '../../queries/workspace';
import { removeFile } from '../../reports/workspace';
import { clearPopulation, usePopulationTable } from '../hotspots/population-store';
import { removeBoundary, useBoundaryLayers } from '../import/boundary-store';
import { removeBasemap, useBasemap } from '../map/basemap-store';
import { formatBytes } from './format-bytes';
import { removeValidationReport } from '../local-import/validation-reports-store';
import { ConfirmButton } from './ConfirmButton';
import { setDemoDeclined } from './demo-choice';
import { StoredFilesTable } from './StoredFilesTable';
import { StorageUse } from './StorageUse';
import { storageStatus } from './storage-status';
import './workspace.css';

/** What the workspace keeps in this browser, and the means to remove any of it. */
export function WorkspaceView() {
  const { db, version, bumpVersion, storage, clearWorkspace } = useDatabase();
  const workspace = useQuery(workspaceQuery(db, version));
  const boundaries = useBoundaryLayers();
  const population = usePopulationTable();
  const basemap = useBasemap();

  async function remove(fileName: string) {
    if (!db) return;
    await removeFile(db, fileName);
    removeValidationReport(fileName);
    bumpVersion();
  }

  return (
    <section className="workspace-view" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Workspace</h2>
      <p className={storage?.problem ? 'error' : undefined}>{storageStatus(storage)}</p>
      <p>
        Incident data never leaves this machine. Remove a file, a boundary layer, or everything
        below; saved column mappings (no incident data) are kept in the browser separately.
      </p>
      {workspace.data && (
        <StorageUse files={workspace.data.files} estimate={workspace.data.estimate} />
      )}
      <h3>Files</h3>
      {workspace.data && (
        <StoredFilesTable files={workspace.data.contents.files} onRemove={remove} />
      )}
      <h3>Boundary layers</h3>
      {boundaries.length === 0 ? (
        <p className="muted">No boundary layers loaded.</p>
      ) : (
        <ul className="workspace-boundaries">
          {boundaries.map((layer) => (
            <li key={layer.name}>
              {layer.name}: {layer.geojson.features.length.toLocaleString('en-GB')} areas{' '}
              <ConfirmButton
                label={`Remove ${layer.name}`}
                warning="Remove this boundary layer from the workspace?"
                confirmLabel="Remove it"
                onConfirm={async () => {
                  if (db) await removeBoundary(db, layer.name);
                  bumpVersion();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>Population table</h3>
      {population ? (
        <p>
          {population.name}: {population.values.size.toLocaleString('en-GB')} areas{' '}
          <ConfirmButton
            label={`Remove ${population.name}`}
            warning="Remove the population table from the workspace?"
            confirmLabel="Remove it"
            onConfirm={async () => {
              if (db) await clearPopulation(db);
            }}
          />
        </p>
      ) : (
        <p className="muted">No population table loaded (Hotspots → Areas).</p>
      )}
      <h3>Basemap</h3>
      {basemap ? (
        <p>
          {basemap.name}: {formatBytes(basemap.bytes)}, vector tiles at zooms{' '}
          {basemap.archive.header.minZoom}–{basemap.archive.header.maxZoom}
          {basemap.kept ? '' : ' (this tab only: the browser offers no private file storage)'}{' '}
          <ConfirmButton
            label={`Remove ${basemap.name}`}
            warning="Remove the basemap from the workspace?"
            confirmLabel="Remove it"
            onConfirm={removeBasemap}
          />
        </p>
      ) : (
        <p className="muted">No basemap loaded (Map → Load basemap).</p>
      )}
      <h3>Clear everything</h3>
      <ConfirmButton
        label="Clear workspace"
        warning="Delete every incident, boundary layer, population table, basemap and load report kept in this browser?"
        confirmLabel="Delete everything"
        danger
        disabled={!db}
        onConfirm={async () => {
          setDemoDeclined(true);
          await clearWorkspace();
        }}
      />
    </section>
  );
}
