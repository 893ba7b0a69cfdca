import { describe, expect, it } from 'vitest';
import { leadAgencyChoices } from '../../../src/tasking/lead-agencies';
import { DEFAULT_PARTNERS } from '../../../src/tasking/meeting-state';
import { richState } from './fixtures';

describe('lead agencies offered on a target', () => {
  it('are the partner directory as the chair keeps it, in its spelling and order', () => {
    const state = { ...richState(), targets: [] };
    expect(leadAgencyChoices(state)).toEqual(DEFAULT_PARTNERS.map((p) => p.agency));
    expect(leadAgencyChoices(state)).toContain('Borough council: housing');
    const renamed = { ...state, partners: [{ agency: 'Housing (council)', officers: [] }] };
    expect(leadAgencyChoices(renamed)).toEqual(['Housing (council)']);
  });

  it('keep a lead agency saved on a target that the directory no longer lists, once each', () => {
    const state = richState();
    const leads = state.targets.map((t) => t.leadAgency);
    expect(leads).toEqual(expect.arrayContaining(['Police', 'Council ASB team', 'Housing']));
    const choices = leadAgencyChoices(state);
    expect(choices.slice(0, DEFAULT_PARTNERS.length)).toEqual(
      DEFAULT_PARTNERS.map((p) => p.agency),
    );
    expect(choices.slice(DEFAULT_PARTNERS.length)).toEqual(['Council ASB team', 'Housing']);
    expect(choices.filter((c) => c === 'Police')).toHaveLength(1);
  });
});
