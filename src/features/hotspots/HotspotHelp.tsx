import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import type { HotspotMethod } from './hotspot-methods';

/** How each method works, in words: the KDE bandwidth rule, Gi*, and the space-time rules. */
export function HotspotHelp({ method }: { method: HotspotMethod }) {
  return (
    <details className="panel hotspot-help" open={method === 'patterns'} data-testid="hotspot-help">
      <summary>How these hotspots are found</summary>
      <dl>
        <dt>Grid</dt>
        <dd>
          Square cells of British National Grid aligned to multiples of the cell size. Automatic
          size: about 50 cells across the shorter side of the data, but no smaller than half the
          mean spacing of the incidents, rounded to 50, 100, 150, 200, 250, 500 m …
        </dd>
        <dt>KDE bandwidth</dt>
        <dd>
          Quartic kernel; default bandwidth = 4 · 1.06 · min(sd, IQR / 1.34) · n^(−1/5) per axis
          (sfhotspot's rule of thumb), the mean of the easting and northing values, times the chosen
          adjustment.
        </dd>
        <dt>Gi*</dt>
        <dd>
          Getis-Ord Gi* with binary weights on the cell and its 8 neighbours (as spdep::localG with
          include.self), z by the normal approximation. With FDR on, p-values are adjusted by
          Benjamini–Hochberg across all cells before classing, so a 95% hot spot is not one of the
          hundreds of chance results a grid of thousands of cells would otherwise give.
        </dd>
        <dt>Space-time patterns</dt>
        <dd>
          Gi* for each month with data (months with no data at all are left out, not treated as
          zero), then a Mann–Kendall trend test on each cell's z-scores, then these rules:
        </dd>
        {EMERGING_PATTERN_RULES.map((r) => (
          <dd key={r.pattern}>
            <strong>{r.label}:</strong> {r.rule}
          </dd>
        ))}
      </dl>
    </details>
  );
}
