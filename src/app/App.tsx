import { useEffect, useRef, useState } from 'react';
import type { ExploreFilter } from '../features/filters/explore-filter';
import { NO_FILTER } from '../features/filters/explore-filter';
import { FilterPanel } from '../features/filters/FilterPanel';
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
import { useLoadFiles } from '../features/import/use-load-files';
import { useDatabase } from './database-context';
import { VIEWS } from './views';

export function App() {
  const { db, error } = useDatabase();
  const loader = useLoadFiles();
  const [filter, setFilter] = useState<ExploreFilter>(NO_FILTER);
  const [boundaries, setBoundaries] = useState<BoundaryLayer[]>([]);
  const [tab, setTab] = useState<string>(VIEWS[0]?.id ?? '');
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
    await loader.load(inputs);
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
              onClick={() => setTab(view.id)}
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
          onBoundaries={(b) => setBoundaries((old) => [...old, ...b])} />
        <FilterPanel filter={filter} onChange={setFilter} />
      </aside>
      <main className="main">
        {VIEWS.find((view) => view.id === tab)?.render({ filter, boundaries })}
      </main>
    </div>
  );
}
