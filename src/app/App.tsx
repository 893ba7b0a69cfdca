import { useEffect, useRef, useState } from 'react';
import { FilterPanel } from '../features/filters/FilterPanel';
import { FILTER_URL } from '../features/filters/filter-url';
import type { BoundaryLayer } from '../features/import/boundaries';
import {
  DEMO_PREFIX,
  demoAvailable,
  demoBoundaries,
  demoInputs,
} from '../features/import/demo-dataset';
import type { InputFile } from '../ingest/input-file';
import { clearFilesSql } from '../sql/summary';
import { ImportPanel } from '../features/import/ImportPanel';
import { LinkNotice } from '../features/link-check/LinkNotice';
import { LocalImportControls } from '../features/local-import/LocalImportControls';
import { LocalImportPanel } from '../features/local-import/LocalImportPanel';
import { savedMappings } from '../features/local-import/mappings-store';
import { splitInputs } from '../features/local-import/split-inputs';
import { useLocalImport } from '../features/local-import/use-local-import';
import { useLoadFiles } from '../features/import/use-load-files';
import { useDatabase } from '../db/database-context';
import { useUrlState } from '../features/url-state/use-url-state';
import { useCurrentView } from './use-current-view';
import { VIEWS } from './views';

export function App() {
  const { db, error } = useDatabase();
  const loader = useLoadFiles();
  const localImport = useLocalImport();
  const [filter, setFilter] = useUrlState(FILTER_URL);
  const [boundaries, setBoundaries] = useState<BoundaryLayer[]>([]);
  const [tab, openView] = useCurrentView();
  const [demo, setDemo] = useState(false);
  const demoStarted = useRef(false);

  const wantDemo = new URLSearchParams(window.location.search).get('demo') !== '0';
  useEffect(() => {
    if (!loader.ready || demoStarted.current || !wantDemo || !demoAvailable()) return;
    demoStarted.current = true;
    void (async () => {
      setBoundaries(await demoBoundaries());
      await loader.load(await demoInputs());
      setDemo(true);
    })();
  }, [loader, wantDemo]);

  async function loadUserFiles(inputs: InputFile[]) {
    // Real extracts replace the demo: an analyst must never mix the two by accident.
    if (demo && db && inputs.length > 0) {
      await db.exec(clearFilesSql(DEMO_PREFIX));
      setBoundaries((old) => old.filter((b) => !b.name.startsWith('Demo')));
      setDemo(false);
    }
    // Local extracts go through the mapping flow; police.uk files (and zips) load as before.
    // One load at a time: the police.uk files first, then the local queue.
    const { batch, local } = await splitInputs(inputs);
    if (batch.length > 0) await loader.load(batch, { mappings: savedMappings() });
    if (local.length > 0) localImport.enqueue(local);
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>CSP Hotspots</h1>
        {demo && (
          <span className="demo-badge" data-testid="demo-badge">
            DEMO DATA — a synthetic borough, not real incidents
          </span>
        )}
        <nav className="tabs" aria-label="Views">
          {VIEWS.map((view) => (
            <button
              key={view.id}
              type="button"
              aria-pressed={tab === view.id}
              onClick={() => openView(view.id)}
            >
              {view.label}
            </button>
          ))}
        </nav>
        <span className="privacy-note">Data stays in this browser: nothing is uploaded.</span>
      </header>
      {error && <p className="error">The database could not start: {error}</p>}
      <aside className="sidebar">
        <ImportPanel
          loader={loader}
          onFiles={loadUserFiles}
          onBoundaries={(b) => setBoundaries((old) => [...old, ...b])}
          busy={localImport.step.kind === 'loading'}
        >
          <LocalImportControls flow={localImport} />
        </ImportPanel>
        <FilterPanel filter={filter} onChange={setFilter} />
      </aside>
      <main className="main">
        <LinkNotice
          filter={filter}
          boundaries={boundaries}
          loading={loader.running || localImport.step.kind === 'loading'}
        />
        <LocalImportPanel flow={localImport} />
        {VIEWS.find((view) => view.id === tab)?.render({ filter, boundaries, navigate: openView })}
      </main>
    </div>
  );
}
