import { useCallback } from 'react';
import type { ExploreFilter } from '../features/filters/explore-filter';
import { FILTER_URL } from '../features/filters/filter-url';
import { useUrlState } from '../features/url-state/use-url-state';
import { changeUrl } from '../features/url-state/url-location';
import type { ViewId } from '../features/view-url';
import { VIEW_URL } from '../features/view-url';
import { VIEWS } from './views';

/**
 * The open view, from the address, and a way to open another (a new history entry). Another
 * view opens fresh, as a tab always has: the keys of the view left behind go (Back brings them
 * back); the filters stay, narrowed by `narrow` if given.
 */
export function useCurrentView(): [
  ViewId,
  (viewId: string, narrow?: Partial<ExploreFilter>) => void,
] {
  const [view] = useUrlState(VIEW_URL);
  const open = useCallback((viewId: string, narrow?: Partial<ExploreFilter>) => {
    const target = VIEWS.find((v) => v.id === viewId);
    if (!target) return;
    changeUrl((params) => {
      if (VIEW_URL.parse(params).value !== target.id)
        for (const view of VIEWS) for (const key of view.urlKeys) params.delete(key);
      VIEW_URL.write(target.id, params);
      if (narrow) FILTER_URL.write({ ...FILTER_URL.parse(params).value, ...narrow }, params);
    }, 'push');
  }, []);
  return [view, open];
}
