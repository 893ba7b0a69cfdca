import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ViewId } from '../features/view-url';
import type { AppView } from './views';

/** The id of a view's tab, which names its panel (`aria-labelledby`). */
export const viewTabId = (view: ViewId) => `view-tab-${view}`;
/** The id of the one panel that shows the open view. */
export const VIEW_PANEL_ID = 'view-panel';

interface Props {
  views: readonly AppView[];
  open: ViewId;
  onOpen: (view: ViewId) => void;
}

/**
 * The views as a WAI-ARIA tab list: one tab stop (the open view), arrow keys and Home/End move
 * between tabs, Enter or Space opens the focused one (manual activation, so that arrowing past a
 * view does not start its computations or add a history entry).
 */
export function ViewTabs({ views, open, onOpen }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = views.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    tabs.current[target]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label="Views">
      {views.map((view, index) => (
        <button
          key={view.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          id={viewTabId(view.id)}
          type="button"
          role="tab"
          aria-selected={open === view.id}
          aria-controls={open === view.id ? VIEW_PANEL_ID : undefined}
          tabIndex={open === view.id ? 0 : -1}
          onClick={() => onOpen(view.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
