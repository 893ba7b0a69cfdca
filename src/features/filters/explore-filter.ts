import type { IncidentFilter } from '../../sql/filters';

/** What the analyst has chosen in the filter panel. */
export interface ExploreFilter {
  fromMonth: string | null;
  toMonth: string | null;
  /** Top-level category ids; empty = all. */
  categories: string[];
  /** District from LSOA names (police.uk), or null for everywhere. */
  district: string | null;
}

export const NO_FILTER: ExploreFilter = {
  fromMonth: null,
  toMonth: null,
  categories: [],
  district: null,
};

export function toIncidentFilter(filter: ExploreFilter): IncidentFilter {
  return {
    fromMonth: filter.fromMonth,
    toMonth: filter.toMonth,
    categories: filter.categories,
    lsoaNamePrefix: filter.district ? `${filter.district} ` : null,
  };
}
