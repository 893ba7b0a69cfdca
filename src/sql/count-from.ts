import type { CountFrom } from './counting-sources';
import { categoryById } from './taxonomy';

/** A `category=source` list that could not be read, with every problem named. */
export class CountFromError extends Error {}

/**
 * Reads `asb=council-asb-cases,criminal-damage-arson=police.uk` (the command line's
 * `--count-from`). Each category must be a top-level category id: a sub-category is counted with
 * its parent. Source names are taken as written (trimmed); one that recorded nothing of the
 * category leaves the default in place, and the statement says which source counted.
 */
export function parseCountFrom(text: string): CountFrom {
  const choice: Record<string, string> = {};
  const problems: string[] = [];
  for (const entry of text.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const equals = entry.indexOf('=');
    const category = equals < 0 ? entry : entry.slice(0, equals).trim();
    const source = equals < 0 ? '' : entry.slice(equals + 1).trim();
    const problem = countFromProblem(category, source);
    if (problem) problems.push(`"${entry}": ${problem}`);
    else if (choice[category] !== undefined && choice[category] !== source)
      problems.push(`"${category}" is given two sources`);
    else choice[category] = source;
  }
  if (problems.length > 0) throw new CountFromError(problems.join('; '));
  return choice;
}

/** Why a category and source cannot be a counting choice, or null when they can. */
export function countFromProblem(category: string, source: string): string | null {
  const known = categoryById(category);
  if (!known) return `unknown category "${category}"`;
  if (known.parent) return `"${category}" is counted with its parent "${known.parent}"`;
  if (source === '') return 'needs category=source';
  return null;
}

/** The choice as `--count-from` takes it, categories in alphabetical order. */
export function formatCountFrom(choice: CountFrom): string {
  return Object.entries(choice)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, source]) => `${category}=${source}`)
    .join(',');
}
