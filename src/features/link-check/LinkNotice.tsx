import { useMemo } from 'react';
import type { ExploreFilter } from '../filters/explore-filter';
import { HOTSPOT_URL } from '../hotspots/hotspot-url';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { REPORTING_URL } from '../trends/reporting-url';
import { useUrlSearch, useUrlState } from '../url-state/use-url-state';
import { ignoredParams } from './link-codecs';
import { missingFromData } from './missing-from-data';
import { useLoadedData } from './use-loaded-data';
import './link-notice.css';

interface Props {
  filter: ExploreFilter;
  boundaries: readonly BoundaryLayer[];
  /** True while data is being loaded (the demo, files, a restore): the check waits for it. */
  loading: boolean;
}

/** Says plainly what the address asks for that is not here, and what in it was not understood. */
export function LinkNotice({ filter, boundaries, loading }: Props) {
  const search = useUrlSearch();
  const [hotspots] = useUrlState(HOTSPOT_URL);
  const [reporting] = useUrlState(REPORTING_URL);
  const loaded = useLoadedData(boundaries, loading, hotspots.area !== null);
  const ignored = useMemo(() => ignoredParams(search), [search]);
  const missing = loaded
    ? missingFromData(
        filter,
        {
          reportingMonth: reporting.reportingMonth,
          layer: hotspots.settings.areaLayer,
          areaCode: hotspots.area,
        },
        loaded,
      )
    : [];
  if (missing.length === 0 && ignored.length === 0) return null;
  return (
    <section className="panel link-notice" role="status" data-testid="link-notice">
      <h2>
        {missing.length > 0
          ? 'This link asks for data that is not here'
          : 'Part of this link was not understood'}
      </h2>
      <ul>
        {missing.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
        {ignored.length > 0 && (
          <li>
            Not understood, so left out: {ignored.map((p) => `${p.key}=${p.value}`).join(', ')}.
          </li>
        )}
      </ul>
      {missing.length > 0 && (
        <p className="muted">
          The views below show what the loaded data has for the rest. Load the missing data, or
          change the filters.
        </p>
      )}
    </section>
  );
}
