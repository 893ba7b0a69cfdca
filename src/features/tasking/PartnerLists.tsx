import type { Partner } from '../../tasking/meeting-state';
import { PARTNER_AGENCY_LIST, officerListId } from './action-text';

/** Datalists offering the partner directory's agencies and each agency's officers. */
export function PartnerLists({ partners }: { partners: readonly Partner[] }) {
  return (
    <>
      <datalist id={PARTNER_AGENCY_LIST}>
        {partners.map((p) => (
          <option key={p.agency} value={p.agency} />
        ))}
      </datalist>
      {partners.map((p) => (
        <datalist key={p.agency} id={officerListId(partners, p.agency)}>
          {p.officers.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      ))}
    </>
  );
}
