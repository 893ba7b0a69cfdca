import type { DatasetSummary } from '../../reports/dataset-summary';
import type { ExportContext } from '../../reports/export-context';
import { categoryById } from '../../sql/taxonomy';
import type { ExploreFilter } from '../filters/explore-filter';

/** The months with data inside the filter's range, and the range in words. */
export function periodText(filter: ExploreFilter, covered: readonly string[]): string {
  const from = filter.fromMonth ?? covered[0] ?? null;
  const to = filter.toMonth ?? covered[covered.length - 1] ?? null;
  if (!from || !to) return 'No months with data';
  const inRange = covered.filter((m) => m >= from && m <= to);
  const range = from === to ? from : `${from} to ${to}`;
  return `${range} (${inRange.length} month${inRange.length === 1 ? '' : 's'} with data)`;
}

/** What a view's exports show under the current filter. */
export function exportContext(
  title: string,
  filter: ExploreFilter,
  dataset: DatasetSummary | undefined,
  extra: { area?: string; settings?: string } = {},
): ExportContext {
  const categories =
    filter.categories.length > 0
      ? filter.categories.map((id) => categoryById(id)?.label ?? id).join(', ')
      : 'all categories';
  return {
    title,
    period: periodText(filter, dataset?.months.covered ?? []),
    area: [filter.district ?? 'All areas loaded', extra.area].filter(Boolean).join('; '),
    sources: filter.sources.length > 0 ? filter.sources.join(', ') : 'all loaded sources',
    filters: [`Categories: ${categories}`, extra.settings].filter(Boolean).join('; '),
  };
}
