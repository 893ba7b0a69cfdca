import { useEffect } from 'react';

/** The user-timing measure of one filter change: the input event to the map and chart drawn. */
export const FILTER_MEASURE = 'csp-filter';

let watchers = 0;
let pendingSince: number | null = null;

/** Called in the filter's input event: starts a measure if a view is watching for its drawing. */
export function markFilterInput(): void {
  if (watchers === 0 || pendingSince !== null) return;
  pendingSince = performance.now();
  performance.mark(`${FILTER_MEASURE}-input`, { startTime: pendingSince });
}

/**
 * For a view that follows the filters: once `settled` (every result of the current filter in,
 * nothing fetching) and its `drawn` inputs handed to the map and chart, the measure ends after
 * the next frame is painted. Several inputs before one drawing are one measure from the first.
 */
export function useFilterTiming(settled: boolean, drawn: readonly unknown[]): void {
  useEffect(() => {
    watchers++;
    return () => {
      watchers--;
      pendingSince = null;
    };
  }, []);
  useEffect(() => {
    if (!settled || pendingSince === null) return;
    const start = pendingSince;
    pendingSince = null;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const end = performance.now();
        performance.mark(`${FILTER_MEASURE}-drawn`, { startTime: end });
        performance.measure(FILTER_MEASURE, { start, end });
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- each new drawing is a dependency
  }, [settled, ...drawn]);
}
