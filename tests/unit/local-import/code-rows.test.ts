import { describe, expect, it } from 'vitest';
import {
  codeMappingFromRows,
  initialCodeRows,
  unmappedTotals,
} from '../../../src/features/local-import/code-rows';

const COUNTS = [
  { code: 'ASB - Noise', count: 10 },
  { code: 'Pest control', count: 4 },
  { code: 'Graffiti', count: 3 },
];

describe('the code step', () => {
  it('proposes categories, keeps a saved choice over the proposal, and leaves unknown codes unmapped', () => {
    const saved = { name: 'c', source: 's', codes: { graffiti: { category: 'criminal-damage' } } };
    const rows = initialCodeRows(COUNTS, saved);
    expect(rows.find((r) => r.code === 'ASB - Noise')?.target).toEqual({
      category: 'asb-nuisance',
    });
    expect(rows.find((r) => r.code === 'Graffiti')?.target).toEqual({
      category: 'criminal-damage',
    });
    expect(rows.find((r) => r.code === 'Pest control')?.target).toBeNull();
    expect(unmappedTotals(rows)).toEqual({ codes: 1, rows: 4 });
  });

  it('the saved code mapping keeps codes of other files and never lists unmapped codes', () => {
    const saved = {
      name: 'c',
      source: 's',
      codes: { 'Dog fouling': { category: 'asb-environmental' } },
    };
    const mapping = codeMappingFromRows('c', 's', initialCodeRows(COUNTS, saved), saved);
    expect(Object.keys(mapping.codes).sort()).toEqual(['ASB - Noise', 'Dog fouling', 'Graffiti']);
    expect(mapping.codes['Pest control']).toBeUndefined();
  });
});
