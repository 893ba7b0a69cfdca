import type { ReactNode } from 'react';
import { ExploreView } from '../features/explore/ExploreView';
import { HotspotsView } from '../features/hotspots/HotspotsView';
import type { ExploreFilter } from '../features/filters/explore-filter';
import type { BoundaryLayer } from '../reports/boundary-layer';
import { LoadReport } from '../features/report/LoadReport';
import { TrendsView } from '../features/trends/TrendsView';
import { BoardView } from '../features/board/BoardView';
import { WorkspaceView } from '../features/workspace/WorkspaceView';
import { TaskingView } from '../features/tasking/TaskingView';
import { TASKING_URL } from '../features/tasking/tasking-url';
import type { NavigateToView } from '../features/view-navigation';
import type { ViewId } from '../features/view-url';
import { EXPLORE_URL } from '../features/explore/explore-url';
import { HOTSPOT_URL } from '../features/hotspots/hotspot-url';
import { DRILL_URL } from '../features/trends/drill-url';
import { REPORTING_URL } from '../features/trends/reporting-url';
import { BOARD_PERIOD_URL } from '../features/board/board-url';

/** What every view is given: the shared filters, the loaded boundaries, and a way to move on. */
export interface ViewProps {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
  navigate: NavigateToView;
}

export interface AppView {
  id: ViewId;
  label: string;
  /** The address keys of this view's own state, dropped when another view opens. */
  urlKeys: readonly string[];
  render: (props: ViewProps) => ReactNode;
}

/** The app's screens, in tab order. Add a screen here. */
export const VIEWS: AppView[] = [
  {
    id: 'explore',
    label: 'Map and trend',
    urlKeys: EXPLORE_URL.keys,
    render: ({ filter, boundaries }) => <ExploreView filter={filter} boundaries={boundaries} />,
  },
  {
    id: 'trends',
    label: 'Trends',
    urlKeys: [...REPORTING_URL.keys, ...DRILL_URL.keys],
    render: ({ filter, navigate }) => <TrendsView filter={filter} navigate={navigate} />,
  },
  {
    id: 'board',
    label: 'Board',
    urlKeys: [...REPORTING_URL.keys, ...BOARD_PERIOD_URL.keys],
    render: ({ filter }) => <BoardView filter={filter} />,
  },
  {
    id: 'hotspots',
    label: 'Hotspots',
    urlKeys: HOTSPOT_URL.keys,
    render: (p) => <HotspotsView filter={p.filter} boundaries={p.boundaries} />,
  },
  {
    id: 'tasking',
    label: 'Tasking',
    urlKeys: TASKING_URL.keys,
    render: (p) => <TaskingView filter={p.filter} boundaries={p.boundaries} />,
  },
  { id: 'report', label: 'Load report', urlKeys: [], render: () => <LoadReport /> },
  { id: 'workspace', label: 'Workspace', urlKeys: [], render: () => <WorkspaceView /> },
];
