import type { CountFrom, CountingPair } from './counting-sources';
import { countedSourceCondition } from './counting-sources';
import { sqlString, sqlStringList } from './literals';
import { CATEGORIES } from './taxonomy';

/** What the user has narrowed the view to. Empty arrays mean "all". */
export interface IncidentFilter {
  fromMonth?: string | null;
  toMonth?: string | null;
  categories?: readonly string[];
  sources?: readonly string[];
  /** Restrict to a British National Grid box (metres). */
  bbox?: { minE: number; minN: number; maxE: number; maxN: number } | null;
  /** Restrict to LSOA codes (e.g. the LSOAs of a chosen area). */
  lsoaCodes?: readonly string[];
  lsoaNamePrefix?: string | null;
  /** The analyst's counting source per top-level category; the rest take the default rule. */
  countFrom?: CountFrom;
  /** The counting choice already worked out for this `countFrom` and `sources` (`countingPairsSql`). */
  countingPairs?: readonly CountingPair[];
}

/**
 * The WHERE clause for a filter; categories match themselves and their sub-categories. Each
 * category's incidents come from its one counting source (see `counting-sources.ts`): the same
 * incident reported to several agencies is never summed across their extracts.
 */
export function whereIncidents(filter: IncidentFilter = {}): string {
  return `${whereRecorded(filter)} AND ${countedSourceCondition(filter)}`;
}

/**
 * The WHERE clause for a filter over every source's records, the same category counted from
 * several sources: only for showing the other sources beside the counted one.
 */
export function whereRecorded(filter: IncidentFilter = {}): string {
  const parts: string[] = ['TRUE'];
  if (filter.fromMonth) parts.push(`month >= ${sqlString(filter.fromMonth + '-01')}::DATE`);
  if (filter.toMonth) parts.push(`month <= ${sqlString(filter.toMonth + '-01')}::DATE`);
  if (filter.categories && filter.categories.length > 0) {
    parts.push(`category IN (${sqlStringList(withSubCategories(filter.categories))})`);
  }
  if (filter.sources && filter.sources.length > 0) {
    parts.push(`source IN (${sqlStringList(filter.sources)})`);
  }
  if (filter.bbox) {
    const b = filter.bbox;
    parts.push(
      `easting BETWEEN ${b.minE} AND ${b.maxE} AND northing BETWEEN ${b.minN} AND ${b.maxN}`,
    );
  }
  if (filter.lsoaCodes && filter.lsoaCodes.length > 0) {
    parts.push(`lsoa_code IN (${sqlStringList(filter.lsoaCodes)})`);
  }
  if (filter.lsoaNamePrefix) {
    parts.push(`starts_with(lsoa_name, ${sqlString(filter.lsoaNamePrefix)})`);
  }
  return parts.join(' AND ');
}

/**
 * The chosen categories and their sub-categories, from the taxonomy the `categories` table is
 * filled from: a literal list reads faster than a lookup in every statement.
 */
function withSubCategories(chosen: readonly string[]): string[] {
  const children = CATEGORIES.filter((c) => c.parent !== null && chosen.includes(c.parent));
  return [...new Set([...chosen, ...children.map((c) => c.id)])];
}
