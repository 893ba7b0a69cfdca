import { describe, expect, it } from 'vitest';
import { proposeCodeMapping, proposeCodeTarget } from '../../../src/ingest/local/propose-codes';

describe('proposing categories from code texts', () => {
  it.each([
    ['ASB - Noise', 'asb-nuisance'],
    ['ASB - Harassment', 'asb-personal'],
    ['Neighbour dispute', 'asb-personal'],
    ['Fly tipping', 'asb-environmental'],
    ['Fly-tipping - household waste', 'asb-environmental'],
    ['Graffiti', 'asb-environmental'],
    ['Dog fouling', 'asb-environmental'],
    ['Abandoned vehicle', 'asb-environmental'],
    ['Deliberate secondary fire - refuse', 'arson-secondary'],
    ['Deliberate primary fire - vehicle', 'arson-primary'],
    ['Racially motivated abuse', 'hate-incident'],
    ['HATE INCIDENT', 'hate-incident'],
    ['Hate crime - religion', 'hate-crime'],
    ['Racially or religiously aggravated harassment', 'hate-crime'],
    ['Community tension', 'cohesion'],
    ['Criminal damage', 'criminal-damage'],
    ['ASB PERSONAL', 'asb-personal'],
    ['ASB NUISANCE', 'asb-nuisance'],
    ['ASB ENVIRONMENTAL', 'asb-environmental'],
    ['Accidental dwelling fire', 'other-crime'],
    ['PUBLIC ORDER', 'public-order'],
    ['Anti-social behaviour', 'asb'],
  ])('%s → %s', (code, category) => {
    expect(proposeCodeTarget(code)?.target.category).toBe(category);
  });

  it('adds the hate strand when the text names one', () => {
    expect(proposeCodeTarget('Racially motivated abuse')?.target).toEqual({
      category: 'hate-incident',
      hateStrand: 'race',
    });
    expect(proposeCodeTarget('Hate crime - sexual orientation')?.target.hateStrand).toBe(
      'sexual-orientation',
    );
    expect(proposeCodeTarget('Hate incident - disability')?.target.hateStrand).toBe('disability');
    expect(proposeCodeTarget('Transphobic hate incident')?.target.hateStrand).toBe('transgender');
  });

  it('leaves codes it does not recognise unmapped, with counts, and never puts them in other', () => {
    const { mapping, unmapped, proposals } = proposeCodeMapping(
      'ECINS codes',
      'Council ASB (ECINS)',
      [
        { code: 'Graffiti', count: 4 },
        { code: 'Pest control', count: 2 },
        { code: 'XJ7', count: 9 },
      ],
    );
    expect(mapping.codes).toEqual({ Graffiti: { category: 'asb-environmental' } });
    expect(unmapped).toEqual([
      { code: 'XJ7', count: 9 },
      { code: 'Pest control', count: 2 },
    ]);
    expect(proposals.map((p) => p.code)).toEqual(['XJ7', 'Graffiti', 'Pest control']);
    expect(proposals.find((p) => p.code === 'XJ7')?.target).toBeNull();
  });
});
