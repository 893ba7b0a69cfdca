import { categoryById } from '../../sql/taxonomy';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import {
  month,
  nonEmpty,
  readList,
  readParam,
  writeList,
  writeParam,
} from '../url-state/url-codec';
import type { ExploreFilter } from './explore-filter';

/**
 * The filters in the address: `from`, `to` (YYYY-MM), `cat` and `source` (repeated) and `area`
 * (a district). Category ids must be known to the taxonomy; whether the loaded data has them is
 * for the link check to say.
 */
export const FILTER_URL: UrlCodec<ExploreFilter> = {
  keys: ['from', 'to', 'cat', 'source', 'area'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value: ExploreFilter = {
      fromMonth: readParam(params, 'from', month, null, ignored),
      toMonth: readParam(params, 'to', month, null, ignored),
      categories: readList(params, 'cat', (id) => categoryById(id) !== undefined, ignored),
      sources: readList(params, 'source', (s) => nonEmpty(s) !== undefined, ignored),
      district: readParam(params, 'area', nonEmpty, null, ignored),
    };
    return { value, ignored };
  },
  write(filter, params) {
    writeParam(params, 'from', filter.fromMonth);
    writeParam(params, 'to', filter.toMonth);
    writeList(params, 'cat', filter.categories);
    writeList(params, 'source', filter.sources);
    writeParam(params, 'area', filter.district);
  },
};
