import { FilterPanel } from '../features/filters/FilterPanel';
import { FILTER_URL } from '../features/filters/filter-url';
import { addBoundaries, useBoundaryLayers } from '../features/import/boundary-store';
import type { InputFile } from '../ingest/input-file';
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
import { useDemoWorkspace } from '../features/workspace/use-demo-workspace';
import { useWorkspaceRestore } from '../features/workspace/use-workspace-restore';
import { WorkspaceSummary } from '../features/workspace/WorkspaceSummary';
import { SIDEBAR_URL } from '../features/sidebar-url';
import { SidebarToggle } from './SidebarToggle';
import { MeetingMode } from '../features/tasking/MeetingMode';
import { MinutesPage } from '../features/tasking/MinutesPage';
import { useCurrentView } from './use-current-view';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from './ViewTabs';
import { VIEWS } from './views';

const MAIN_ID = 'main-content';
const SIDEBAR_ID = 'sidebar';

export function App() {
  const { db, error } = useDatabase();
  const loader = useLoadFiles();
  const localImport = useLocalImport();
  const [filter, setFilter] = useUrlState(FILTER_URL);
  const boundaries = useBoundaryLayers();
  const [tab, openView] = useCurrentView();
  const [sidebarShown, setSidebarShown] = useUrlState(SIDEBAR_URL);
  const toggleSidebar = () => setSidebarShown((shown) => !shown, 'replace');
  const restore = useWorkspaceRestore();
  const demo = useDemoWorkspace(loader, restore.restored);

  async function loadUserFiles(inputs: InputFile[]) {
    // Real extracts replace the demo: an analyst must never mix the two by accident.
    if (inputs.length > 0) await demo.dropDemo();
    // Local extracts go through the mapping flow; police.uk files (and zips) load as before.
    // One load at a time: the police.uk files first, then the local queue.
    const { batch, local } = await splitInputs(inputs);
    if (batch.length > 0) await loader.load(batch, { mappings: savedMappings() });
    if (local.length > 0) localImport.enqueue(local);
  }

  if (tab === 'meeting') return <MeetingMode filter={filter} boundaries={boundaries} />;
  if (tab === 'minutes') return <MinutesPage />;
  return (
    <div className={`app${sidebarShown ? '' : ' sidebar-hidden'}`}>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to the view
      </a>
      <header className="app-header">
        <SidebarToggle shown={sidebarShown} controls={SIDEBAR_ID} onToggle={toggleSidebar} />
        <h1>CSP Hotspots</h1>
        {demo.demo && (
          <span className="demo-badge" data-testid="demo-badge">
            DEMO DATA — a synthetic borough, not real incidents
          </span>
        )}
        <nav aria-label="Views">
          <ViewTabs views={VIEWS} open={tab} onOpen={openView} />
        </nav>
        <span className="privacy-note">
          Nothing is uploaded: data is kept in this browser until you remove it.
        </span>
      </header>
      {error && <p className="error">The database could not start: {error}</p>}
      <aside
        className="sidebar"
        id={SIDEBAR_ID}
        aria-label="Data and filters"
        hidden={!sidebarShown}
      >
        <ImportPanel
          loader={loader}
          onFiles={loadUserFiles}
          onBoundaries={(b) => void (db && addBoundaries(db, b))}
          busy={localImport.step.kind === 'loading'}
        >
          <LocalImportControls flow={localImport} />
        </ImportPanel>
        <WorkspaceSummary restore={restore} demo={demo} onOpen={() => openView('workspace')} />
        <FilterPanel filter={filter} onChange={setFilter} />
      </aside>
      <main className="main" id={MAIN_ID} tabIndex={-1}>
        <LinkNotice
          filter={filter}
          boundaries={boundaries}
          loading={!restore.restored || loader.running || localImport.step.kind === 'loading'}
        />
        <LocalImportPanel flow={localImport} />
        <div
          role="tabpanel"
          id={VIEW_PANEL_ID}
          aria-labelledby={viewTabId(tab)}
          tabIndex={0}
          className="view-panel"
        >
          {VIEWS.find((view) => view.id === tab)?.render({
            filter,
            boundaries,
            navigate: openView,
          })}
        </div>
      </main>
    </div>
  );
}
