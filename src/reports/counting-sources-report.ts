import type { DuckConnector } from '../db/connector';
import type { CountFrom, CountingChoiceRow, CountingReason } from '../sql/counting-sources';
import { countingChoiceRowsSql, POLICE_UK_SOURCE } from '../sql/counting-sources';
import type { IncidentFilter } from '../sql/filters';
import type { CountedRelation } from '../sql/incident-cube';
import { whereRecorded } from '../sql/filters';
import { CATEGORIES, categoryById } from '../sql/taxonomy';

/** One source's records of a category: in the whole data and within the view's filter. */
export interface SourceRecords {
  source: string;
  loadedRows: number;
  /** Within the view's months, categories and place. */
  count: number;
}

/** Which source counts for one top-level category, and what the others recorded. */
export interface CategoryCounting {
  category: string;
  label: string;
  counted: SourceRecords;
  reason: CountingReason;
  /** The source the default rule picks (what `counted` is without a choice). */
  defaultSource: string;
  /** The other sources that recorded the category, most rows first. */
  alsoRecorded: SourceRecords[];
}

/** The counting sources of a view: every loaded top-level category, in taxonomy order. */
export interface CountingSources {
  categories: CategoryCounting[];
  /** The analyst's choices as given (some may name a source that recorded none of it). */
  countFrom: CountFrom;
}

/**
 * Which source counts for each category under `filter` (its sources and counting choices) and,
 * within its months, categories and place, how many each source recorded (counted on `relation`,
 * every incident unless given).
 */
export async function countingSourcesReport(
  db: DuckConnector,
  filter: IncidentFilter = {},
  relation?: CountedRelation,
): Promise<CountingSources> {
  const rows = await db.query<CountingChoiceRow>(
    countingChoiceRowsSql(filter, whereRecorded({ ...filter, countFrom: undefined }), relation),
  );
  const categories = categoriesFromRows(rows).filter((c) => inView(c.category, filter));
  return { categories, countFrom: filter.countFrom ?? {} };
}

/** Whether the view's categories include a top-level category (itself or a sub-category). */
function inView(category: string, filter: IncidentFilter): boolean {
  const chosen = filter.categories ?? [];
  if (chosen.length === 0) return true;
  return chosen.some((id) => id === category || categoryById(id)?.parent === category);
}

/** Groups the SQL rows (counted source first) into one entry per category. */
export function categoriesFromRows(rows: readonly CountingChoiceRow[]): CategoryCounting[] {
  const byCategory = new Map<string, CountingChoiceRow[]>();
  for (const row of rows)
    byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  const result: CategoryCounting[] = [];
  for (const [category, sources] of byCategory) {
    const counted = sources.find((s) => s.counted);
    if (!counted) continue;
    const records = (r: CountingChoiceRow): SourceRecords => ({
      source: r.source,
      loadedRows: r.loaded_rows,
      count: r.count,
    });
    result.push({
      category,
      label: categoryById(category)?.label ?? category,
      counted: records(counted),
      reason: reasonFor(counted),
      defaultSource: sources.find((s) => s.is_default)?.source ?? counted.source,
      alsoRecorded: sources.filter((s) => !s.counted).map(records),
    });
  }
  return result.sort((a, b) => taxonomyRank(a.category) - taxonomyRank(b.category));
}

function reasonFor(row: CountingChoiceRow): CountingReason {
  if (row.chosen) return 'chosen';
  if (row.sources_recording === 1) return 'only-source';
  return row.source === POLICE_UK_SOURCE ? 'police-uk' : 'local-extract';
}

function taxonomyRank(id: string): number {
  const index = CATEGORIES.findIndex((c) => c.id === id);
  return index < 0 ? CATEGORIES.length : index;
}
