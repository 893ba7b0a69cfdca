import type { CategoryCounting, CountingSources } from './counting-sources-report';

const number = (n: number): string => n.toLocaleString('en-GB');

/** How a statement is written: with each source's count, or (aggregates-only outputs) without. */
export interface StatementOptions {
  /** Leave counts out where they could undo disclosure control (the board); default true. */
  counts?: boolean;
}

/** Categories that more than one source recorded: the ones whose counting source is a choice. */
export function contestedCategories(counting: CountingSources): CategoryCounting[] {
  return counting.categories.filter((c) => c.alsoRecorded.length > 0);
}

/**
 * One category's counting source as a sentence: "Anti-social behaviour counted from
 * council-asb-cases (default): 5,843; also recorded: police.uk 17,532, police-incidents 3,375".
 */
export function categoryCountingText(c: CategoryCounting, options: StatementOptions = {}): string {
  const how = c.reason === 'chosen' ? 'chosen' : 'default';
  if (options.counts === false) {
    const others = c.alsoRecorded.map((o) => o.source).join(', ');
    return `${c.label} counted from ${c.counted.source} (${how}); also recorded by ${others}`;
  }
  const others = c.alsoRecorded.map((o) => `${o.source} ${number(o.count)}`).join(', ');
  return `${c.label} counted from ${c.counted.source} (${how}): ${number(c.counted.count)}; also recorded: ${others}`;
}

/**
 * The one-line statement every view, export and pack carries: which source counts for each
 * category several sources recorded, with the others beside it; or that each has one source.
 */
export function countingStatementText(
  counting: CountingSources,
  options: StatementOptions = {},
): string {
  const contested = contestedCategories(counting);
  if (counting.categories.length === 0) return 'Counting sources: no incidents in this view.';
  if (contested.length === 0) {
    const sources = [...new Set(counting.categories.map((c) => c.counted.source))].sort();
    return `Counting sources: each category is recorded by one source only (${sources.join(', ')}).`;
  }
  const single = counting.categories.length - contested.length;
  const rest = single > 0 ? ` Other categories: one source each.` : '';
  const sentences = contested.map((c) => categoryCountingText(c, options));
  return `Each category counted from one source, never summed across sources. ${sentences.join('. ')}.${rest}`;
}
