import { categoryById } from '../../sql/taxonomy';

/** Hate-crime strands monitored nationally (the five centrally monitored strands, plus other). */
export const HATE_STRANDS = [
  'race',
  'religion',
  'sexual-orientation',
  'disability',
  'transgender',
  'other',
] as const;
export type HateStrand = (typeof HATE_STRANDS)[number];

/** Where one of a source's codes goes: a category id from the taxonomy, and a hate strand. */
export interface CodeTarget {
  category: string;
  hateStrand?: HateStrand;
}

/**
 * A saved code mapping (plain JSON): a source's own incident codes or type texts → category ids.
 * Codes are matched ignoring case and spacing. A code not listed is *unmapped*: its rows are held
 * back (listed with counts in the report), never put in "other" by default.
 */
export interface CodeMapping {
  name: string;
  /** The source it was made for, e.g. "Council ASB (ECINS)". */
  source: string;
  codes: Record<string, CodeTarget>;
}

/** A code compared the forgiving way: case and runs of spaces ignored. */
export function normaliseCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A fast lookup for a mapping: normalised code → target. */
export function codeLookup(mapping: CodeMapping | null): Map<string, CodeTarget> {
  const lookup = new Map<string, CodeTarget>();
  if (mapping)
    for (const [code, target] of Object.entries(mapping.codes))
      lookup.set(normaliseCode(code), target);
  return lookup;
}

/** Problems that make a code mapping unusable (unknown category ids or strands). */
export function codeMappingProblems(mapping: CodeMapping): string[] {
  const problems: string[] = [];
  for (const [code, target] of Object.entries(mapping.codes)) {
    if (!categoryById(target.category))
      problems.push(`code "${code}": unknown category "${target.category}"`);
    if (target.hateStrand !== undefined && !HATE_STRANDS.includes(target.hateStrand)) {
      problems.push(`code "${code}": unknown hate strand "${target.hateStrand}"`);
    }
  }
  return problems;
}

/** The code mapping a column mapping names, else the one made for the same source. */
export function codeMappingFor(
  codeMappings: readonly CodeMapping[],
  wanted: { codeMapping?: string; source: string },
): CodeMapping | null {
  if (wanted.codeMapping !== undefined)
    return codeMappings.find((m) => m.name === wanted.codeMapping) ?? null;
  return codeMappings.find((m) => m.source === wanted.source) ?? null;
}
