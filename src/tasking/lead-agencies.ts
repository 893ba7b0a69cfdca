import type { TaskingState } from './tasking-state';

/**
 * The agencies offered as a target's lead: the partner directory the chair edits, in its order,
 * then any lead agency already saved on a target that the directory does not list (an agency
 * since renamed or removed), so a saved choice can still be picked.
 */
export function leadAgencyChoices(state: Pick<TaskingState, 'partners' | 'targets'>): string[] {
  const listed = state.partners.map((p) => p.agency);
  const known = new Set(listed);
  const saved = state.targets
    .map((t) => t.leadAgency?.trim() ?? '')
    .filter((agency) => agency !== '' && !known.has(agency));
  return [...listed, ...[...new Set(saved)].sort((a, b) => a.localeCompare(b, 'en-GB'))];
}
