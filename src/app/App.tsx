import { useEffect, useRef, useState } from 'react';
import { ExploreView } from '../features/explore/ExploreView';
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
import { LoadReport } from '../features/report/LoadReport';
import { useDatabase } from './database-context';

type Tab = 'explore' | 'report';

export function App() {
  const { db, error } = useDatabase();
  const loader = useLoadFiles();
  const [filter, setFilter] = useState<ExploreFilter>(NO_FILTER);
  const [boundaries, setBoundaries] = useState<BoundaryLayer[]>([]);
  const [tab, setTab] = useState<Tab>('explore');
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
          <button type="button" aria-pressed={tab === 'explore'} onClick={() => setTab('explore')}>
            Map and trend
          </button>
          <button type="button" aria-pressed={tab === 'report'} onClick={() => setTab('report')}>
            Load report
          </button>
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
        {tab === 'explore' ? <ExploreView filter={filter} boundaries={boundaries} /> : <LoadReport />}
      </main>
    </div>
  );
}
