import type { TaskingState } from '../../tasking/tasking-state';
import { leadAgencyChoices } from '../../tasking/lead-agencies';
import { LEAD_AGENCY_LIST } from './action-text';

/** The datalist of lead agencies: the partner directory, then lead agencies saved outside it. */
export function LeadAgencyList({ state }: { state: TaskingState }) {
  return (
    <datalist id={LEAD_AGENCY_LIST}>
      {leadAgencyChoices(state).map((agency) => (
        <option key={agency} value={agency} />
      ))}
    </datalist>
  );
}
