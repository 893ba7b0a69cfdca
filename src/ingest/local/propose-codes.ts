import type { CodeMapping, CodeTarget, HateStrand } from './code-mapping';

/** A proposed category for one code; `target` is null when no rule recognised it (unmapped). */
export interface CodeProposal {
  code: string;
  count: number;
  target: CodeTarget | null;
  reason: string;
}

type Rule = [RegExp, string, string];

/** Ordered: the first rule that matches wins (so "hate crime" is tested before "criminal damage"). */
const RULES: readonly Rule[] = [
  [/\basb\W*personal\b|\bpersonal\s+asb\b/, 'asb-personal', 'NSIR personal ASB'],
  [/\basb\W*nuisance\b|\bnuisance\s+asb\b/, 'asb-nuisance', 'NSIR nuisance ASB'],
  [
    /\basb\W*environmental\b|\benvironmental\s+asb\b/,
    'asb-environmental',
    'NSIR environmental ASB',
  ],
  [/\bhate\s+incident\b|\bnon[- ]crime\s+hate\b/, 'hate-incident', 'a hate incident'],
  [/\bhate\s+crime\b|\bhate\b.*\boffence\b/, 'hate-crime', 'a hate crime'],
  [
    /\b(racially|religiously)\s+(or\s+religiously\s+)?aggravated\b/,
    'hate-crime',
    'a racially or religiously aggravated offence (a hate crime)',
  ],
  [
    /\b(racially|religiously)\s+motivated\b|\bhomophobic\b|\btransphobic\b|\bdisablist\b/,
    'hate-incident',
    'a hate-motivated incident',
  ],
  [/\bcommunity\s+tension|\bcohesion\b/, 'cohesion', 'community tension / cohesion'],
  [
    /\bdeliberate\b.*\bsecondary\b|\bsecondary\b.*\bdeliberate\b/,
    'arson-secondary',
    'a deliberate secondary fire',
  ],
  [
    /\bdeliberate\b.*\bprimary\b|\bprimary\b.*\bdeliberate\b/,
    'arson-primary',
    'a deliberate primary fire',
  ],
  [
    /\baccidental\b|\bfalse\s+alarm\b|\bspecial\s+service\b/,
    'other-crime',
    'not deliberate: outside the ASB/arson categories',
  ],
  [/\barson\b/, 'arson-secondary', 'arson (primary or secondary not stated: check)'],
  [/\bcriminal\s+damage\b|\bvandalism\b/, 'criminal-damage', 'criminal damage'],
  [
    /\bfly[- ]?tipping\b|\bgraffiti\b|\bdog\s+foul|\babandoned\s+vehicle\b|\blitter\b|\bflyposting\b|\bfly[- ]posting\b|\bdrug\s+litter|\bneedles?\b/,
    'asb-environmental',
    'environmental ASB (impact on places)',
  ],
  [
    /\bharass|\bneighbour\b|\bintimidat|\bthreat|\bverbal\s+abuse|\bbullying\b/,
    'asb-personal',
    'personal ASB (targeted at a person)',
  ],
  [
    /\bnoise\b|\browdy\b|\browdiness\b|\byouth|\boff[- ]road\b|\bnuisance\b|\bdrunk|\bbegging\b|\bfireworks?\b|\bvehicle\s+nuisance\b|\bstreet\s+drinking\b|\bloitering\b/,
    'asb-nuisance',
    'nuisance ASB (affects a community)',
  ],
  [/\bpublic\s+order\b|\bpublic\s+disorder\b|\baffray\b/, 'public-order', 'public order'],
  [/\b(anti[- ]social|asb)\b/, 'asb', 'ASB (no personal/nuisance/environmental split)'],
];

const STRANDS: readonly [RegExp, HateStrand][] = [
  [/\brac(e|ial|ially|ist)\b/, 'race'],
  [/\breligio(n|us|usly)\b|\bfaith\b|\banti[- ]?semit|\bislamophob/, 'religion'],
  [/\bsexual\s+orientation\b|\bhomophob|\bbiphob/, 'sexual-orientation'],
  [/\bdisab(ility|led|list)\b/, 'disability'],
  [/\btrans(gender|phob)/, 'transgender'],
];

/** Proposes a category (and hate strand) for one code from its text, or null when unsure. */
export function proposeCodeTarget(code: string): { target: CodeTarget; reason: string } | null {
  const text = code.toLowerCase();
  const rule = RULES.find(([pattern]) => pattern.test(text));
  if (!rule) return null;
  const [, category, reason] = rule;
  const target: CodeTarget = { category };
  if (category === 'hate-crime' || category === 'hate-incident') {
    const strand = STRANDS.find(([pattern]) => pattern.test(text));
    if (strand) target.hateStrand = strand[1];
  }
  return { target, reason: `"${code}" reads as ${reason}` };
}

/**
 * Proposes a code mapping for a source's codes (with their counts, most frequent first). Codes no
 * rule recognises stay out of the mapping and are returned as unmapped; a proposal is only a
 * proposal, for the user to confirm on the form.
 */
export function proposeCodeMapping(
  name: string,
  source: string,
  codeCounts: readonly { code: string; count: number }[],
): {
  mapping: CodeMapping;
  proposals: CodeProposal[];
  unmapped: { code: string; count: number }[];
} {
  const codes: Record<string, CodeTarget> = {};
  const proposals: CodeProposal[] = [];
  const unmapped: { code: string; count: number }[] = [];
  for (const { code, count } of [...codeCounts].sort((a, b) => b.count - a.count)) {
    const proposed = proposeCodeTarget(code);
    if (proposed) codes[code] = proposed.target;
    else unmapped.push({ code, count });
    proposals.push({
      code,
      count,
      target: proposed?.target ?? null,
      reason: proposed?.reason ?? 'no rule recognised this code: map it by hand',
    });
  }
  return { mapping: { name, source, codes }, proposals, unmapped };
}
