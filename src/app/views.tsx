import type { ReactNode } from 'react';
import { ExploreView } from '../features/explore/ExploreView';
import { HotspotsView } from '../features/hotspots/HotspotsView';
import type { ExploreFilter } from '../features/filters/explore-filter';
import type { BoundaryLayer } from '../reports/boundary-layer';
import { LoadReport } from '../features/report/LoadReport';
import { TrendsView } from '../features/trends/TrendsView';
import { BoardView } from '../features/board/BoardView';
import { WorkspaceView } from '../features/workspace/WorkspaceView';
import type { NavigateToView } from '../features/view-navigation';

/** What every view is given: the shared filters, the loaded boundaries, and a way to move on. */
export interface ViewProps {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
  navigate: NavigateToView;
}

export interface AppView {
  id: string;
  label: string;
  render: (props: ViewProps) => ReactNode;
}

/** The app's screens, in tab order. Add a screen here. */
export const VIEWS: AppView[] = [
  {
    id: 'explore',
    label: 'Map and trend',
    render: ({ filter, boundaries }) => <ExploreView filter={filter} boundaries={boundaries} />,
  },
  {
    id: 'trends',
    label: 'Trends',
    render: ({ filter, navigate }) => <TrendsView filter={filter} navigate={navigate} />,
  },
  { id: 'board', label: 'Board', render: ({ filter }) => <BoardView filter={filter} /> },
  {
    id: 'hotspots',
    label: 'Hotspots',
    render: (p) => <HotspotsView filter={p.filter} boundaries={p.boundaries} />,
  },
  { id: 'report', label: 'Load report', render: () => <LoadReport /> },
  { id: 'workspace', label: 'Workspace', render: () => <WorkspaceView /> },
];
