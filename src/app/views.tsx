import type { ReactNode } from 'react';
import { ExploreView } from '../features/explore/ExploreView';
import type { ExploreFilter } from '../features/filters/explore-filter';
import type { BoundaryLayer } from '../features/import/boundaries';
import { LoadReport } from '../features/report/LoadReport';

/** What every view is given: the shared filters and the loaded boundaries. */
export interface ViewProps {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
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
  { id: 'report', label: 'Load report', render: () => <LoadReport /> },
];
