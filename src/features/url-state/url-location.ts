const CHANGE = 'csp-url-change';

/** push: a new entry that Back returns from; replace: an edit of the current entry. */
export type HistoryMode = 'push' | 'replace';

/** Calls `onChange` whenever the address's query changes (Back, Forward or {@link changeUrl}). */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export function currentSearch(): string {
  return window.location.search;
}

/**
 * The query text of `params`, readable: `, : @ /` stay as they are (they are allowed in a query)
 * and spaces become `+`.
 */
export function readableSearch(params: URLSearchParams): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/%(2C|3A|40|2F)/g, (escape) => decodeURIComponent(escape))
      .replace(/%20/g, '+');
  const pairs = [...params].map(([key, value]) => `${encode(key)}=${encode(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Edits the address's query; does nothing when the edit changes nothing. */
export function changeUrl(edit: (params: URLSearchParams) => void, mode: HistoryMode): void {
  const params = new URLSearchParams(window.location.search);
  edit(params);
  const search = readableSearch(params);
  if (search === readableSearch(new URLSearchParams(window.location.search))) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}
