import { useCallback, useEffect, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = (): boolean => document.fullscreenElement != null;

/** Whether this browser lets the page take the whole screen (not in some frames, not on iOS). */
export function fullscreenAvailable(): boolean {
  return (
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

/**
 * The browser's full screen (Fullscreen API) for the whole page: whether it is on, and a toggle.
 * Leaving the component that uses it leaves full screen too.
 */
export function useFullscreen(): { available: boolean; on: boolean; toggle: () => void } {
  const on = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(() => {
    const change = isFullscreen()
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // Refused (no user gesture, a policy): the button stays as it was.
    change.catch(() => undefined);
  }, []);
  useEffect(
    () => () => {
      if (isFullscreen()) document.exitFullscreen().catch(() => undefined);
    },
    [],
  );
  return { available: fullscreenAvailable(), on, toggle };
}
