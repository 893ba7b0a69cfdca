import { BOARD_PERIOD_URL } from '../board/board-url';
import { EXPLORE_URL } from '../explore/explore-url';
import { FILTER_URL } from '../filters/filter-url';
import { HOTSPOT_URL } from '../hotspots/hotspot-url';
import { DRILL_URL } from '../trends/drill-url';
import { REPORTING_URL } from '../trends/reporting-url';
import { SIDEBAR_URL } from '../sidebar-url';
import type { IgnoredParam } from '../url-state/url-codec';
import { VIEW_URL } from '../view-url';

const CODECS = [
  VIEW_URL,
  FILTER_URL,
  EXPLORE_URL,
  REPORTING_URL,
  DRILL_URL,
  BOARD_PERIOD_URL,
  HOTSPOT_URL,
  SIDEBAR_URL,
];

/** The parameters of a query that no view could use, in the order they are read. */
export function ignoredParams(search: string): IgnoredParam[] {
  const params = new URLSearchParams(search);
  return CODECS.flatMap((codec) => codec.parse(params).ignored);
}
