import { countFromProblem } from '../../sql/count-from';
import type { CountFrom } from '../../sql/counting-sources';
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

/** One `count` entry, `category:source` (a top-level category id, then the source's name). */
function countEntry(text: string): [string, string] | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const category = text.slice(0, colon);
  const source = text.slice(colon + 1).trim();
  return countFromProblem(category, source) === null ? [category, source] : undefined;
}

function readCountFrom(params: URLSearchParams, ignored: IgnoredParam[]): CountFrom {
  const choice: Record<string, string> = {};
  for (const text of params.getAll('count')) {
    const entry = countEntry(text);
    if (!entry || choice[entry[0]] !== undefined) ignored.push({ key: 'count', value: text });
    else choice[entry[0]] = entry[1];
  }
  return choice;
}

/**
 * The filters in the address: `from`, `to` (YYYY-MM), `cat` and `source` (repeated), `area`
 * (a district) and `count` (repeated `category:source`, the counting source chosen for a
 * category). Category ids must be known to the taxonomy; whether the loaded data has them is
 * for the link check to say.
 */
export const FILTER_URL: UrlCodec<ExploreFilter> = {
  keys: ['from', 'to', 'cat', 'source', 'area', 'count'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value: ExploreFilter = {
      fromMonth: readParam(params, 'from', month, null, ignored),
      toMonth: readParam(params, 'to', month, null, ignored),
      categories: readList(params, 'cat', (id) => categoryById(id) !== undefined, ignored),
      sources: readList(params, 'source', (s) => nonEmpty(s) !== undefined, ignored),
      district: readParam(params, 'area', nonEmpty, null, ignored),
      countFrom: readCountFrom(params, ignored),
    };
    return { value, ignored };
  },
  write(filter, params) {
    writeParam(params, 'from', filter.fromMonth);
    writeParam(params, 'to', filter.toMonth);
    writeList(params, 'cat', filter.categories);
    writeList(params, 'source', filter.sources);
    writeParam(params, 'area', filter.district);
    writeList(
      params,
      'count',
      Object.entries(filter.countFrom)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, source]) => `${category}:${source}`),
    );
  },
};
