import type { CountFrom } from '../../sql/counting-sources';
import type { IncidentFilter } from '../../sql/filters';

/** What the analyst has chosen in the filter panel. */
export interface ExploreFilter {
  fromMonth: string | null;
  toMonth: string | null;
  /** Category ids (top-level or NSIR sub-categories); empty = all. */
  categories: string[];
  /** Sources (police.uk, each local extract's source name); empty = all. */
  sources: string[];
  /** District from LSOA names (police.uk), or null for everywhere. */
  district: string | null;
  /** The counting source chosen per top-level category; the rest take the default rule. */
  countFrom: CountFrom;
}

export const NO_FILTER: ExploreFilter = {
  fromMonth: null,
  toMonth: null,
  categories: [],
  sources: [],
  district: null,
  countFrom: {},
};

export function toIncidentFilter(filter: ExploreFilter): IncidentFilter {
  return {
    fromMonth: filter.fromMonth,
    toMonth: filter.toMonth,
    categories: filter.categories,
    sources: filter.sources,
    lsoaNamePrefix: filter.district ? `${filter.district} ` : null,
    countFrom: filter.countFrom,
  };
}
