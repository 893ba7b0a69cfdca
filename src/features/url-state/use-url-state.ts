import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { UrlCodec } from './url-codec';
import type { HistoryMode } from './url-location';
import { changeUrl, currentSearch, subscribeToUrl } from './url-location';

/** The address's query text, following Back, Forward and every {@link changeUrl}. */
export function useUrlSearch(): string {
  return useSyncExternalStore(subscribeToUrl, currentSearch, () => '');
}

/** The codec's own entries of a query, so that other keys changing keep the value's identity. */
function ownEntries(search: string, keys: readonly string[]): string {
  const all = new URLSearchParams(search);
  const own = new URLSearchParams();
  for (const key of keys) for (const value of all.getAll(key)) own.append(key, value);
  return own.toString();
}

/**
 * A piece of view state kept in the address. Setting it pushes a history entry by default, so
 * Back returns to the view before; pass 'replace' for edits that should not.
 */
export function useUrlState<T>(
  codec: UrlCodec<T>,
): [T, (next: T | ((current: T) => T), mode?: HistoryMode) => void] {
  const own = ownEntries(useUrlSearch(), codec.keys);
  const value = useMemo(() => codec.parse(new URLSearchParams(own)).value, [codec, own]);
  const set = useCallback(
    (next: T | ((current: T) => T), mode: HistoryMode = 'push') =>
      changeUrl((params) => {
        const resolved =
          typeof next === 'function'
            ? (next as (current: T) => T)(codec.parse(params).value)
            : next;
        codec.write(resolved, params);
      }, mode),
    [codec],
  );
  return [value, set];
}
