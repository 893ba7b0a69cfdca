import type { IgnoredParam, UrlCodec } from './url-state/url-codec';
import { oneOf, readParam, writeParam } from './url-state/url-codec';

/**
 * Whether the sidebar (loading, workspace, filters) is shown: `sidebar=hidden` gives the view
 * the whole width, e.g. at a projector; shown when absent.
 */
export const SIDEBAR_URL: UrlCodec<boolean> = {
  keys: ['sidebar'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const shown = readParam(params, 'sidebar', oneOf(['shown', 'hidden']), 'shown', ignored);
    return { value: shown === 'shown', ignored };
  },
  write(shown, params) {
    writeParam(params, 'sidebar', shown ? null : 'hidden');
  },
};
