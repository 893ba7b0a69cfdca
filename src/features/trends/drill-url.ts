import { categoryById } from '../../sql/taxonomy';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { readParam, writeParam } from '../url-state/url-codec';

/** The category the Trends view drills into: `drill=<category id>`; the first when absent. */
export const DRILL_URL: UrlCodec<string | null> = {
  keys: ['drill'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const known = (id: string) => (categoryById(id) ? id : undefined);
    return { value: readParam<string | null>(params, 'drill', known, null, ignored), ignored };
  },
  write(category, params) {
    writeParam(params, 'drill', category);
  },
};
