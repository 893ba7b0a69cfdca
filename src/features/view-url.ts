import type { IgnoredParam, UrlCodec } from './url-state/url-codec';
import { oneOf, readParam, writeParam } from './url-state/url-codec';

/**
 * The app's screens by id, in tab order; the first is shown when the address names none.
 * `meeting` is the full-screen meeting mode and `minutes` a meeting's printable minutes: no tabs,
 * reached from the Tasking view.
 */
export const VIEW_IDS = [
  'explore',
  'trends',
  'board',
  'hotspots',
  'tasking',
  'report',
  'workspace',
  'meeting',
  'minutes',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The open view in the address: `view=hotspots`; the first view is left out. */
export const VIEW_URL: UrlCodec<ViewId> = {
  keys: ['view'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value = readParam(params, 'view', oneOf(VIEW_IDS), VIEW_IDS[0], ignored);
    return { value, ignored };
  },
  write(view, params) {
    writeParam(params, 'view', view === VIEW_IDS[0] ? null : view);
  },
};
