import type { ExploreFilter } from './filters/explore-filter';

/** Opens another view with the filter narrowed, e.g. from a trend to that area's hotspots. */
export type NavigateToView = (viewId: string, narrow: Partial<ExploreFilter>) => void;
