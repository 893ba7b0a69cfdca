import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import type { GridMethod } from '../../reports/hotspots/hotspot-params';
import type { ColourClass } from './hotspot-colours';
import { GI_CLASS_STYLES, patternColour, rgbCss, sequentialBreaks } from './hotspot-colours';

interface Props {
  method: GridMethod | 'repeat' | 'areas';
  /** Top of the count/density/rate scale. */
  max: number;
  /** Patterns present on the map (space-time legend lists only those). */
  patternsShown?: ReadonlySet<number>;
  unit?: string;
  /** Explicit classes (e.g. quantiles of a choropleth) instead of the 0…max ramp. */
  classes?: readonly ColourClass[];
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The legend of the current map: diverging classes for Gi*, pattern swatches, or a ramp. */
export function HotspotLegend({ method, max, patternsShown, unit, classes }: Props) {
  if (method === 'gistar') {
    return (
      <div className="hotspot-legend" data-testid="hotspot-legend">
        <strong>Getis-Ord Gi* class</strong>
        {GI_CLASS_STYLES.map((s) => (
          <div key={s.code} className="legend-row">
            <span className="swatch" style={{ background: rgbCss(s.colour) }} /> {s.label}
          </div>
        ))}
        <small>
          Red: a cell and its 8 neighbours hold more incidents than chance would give; blue: fewer.
          Not significant cells are not drawn.
        </small>
      </div>
    );
  }
  if (method === 'patterns') {
    const shown = EMERGING_PATTERN_RULES.filter((_, i) => patternsShown?.has(i));
    return (
      <div className="hotspot-legend" data-testid="hotspot-legend">
        <strong>Space-time pattern</strong>
        {shown.length === 0 && <div>No cell shows a pattern.</div>}
        {shown.map((r) => (
          <div key={r.pattern} className="legend-row" title={r.rule}>
            <span className="swatch" style={{ background: rgbCss(patternColour(r.pattern)) }} />{' '}
            {r.label}
          </div>
        ))}
        <small>Reds are hot spot patterns, blues cold; see the rules under the map.</small>
      </div>
    );
  }
  const title =
    method === 'kde'
      ? 'Density (incidents per km²)'
      : (unit ?? (method === 'grid' ? 'Incidents per cell' : 'Incidents'));
  return (
    <div className="hotspot-legend" data-testid="hotspot-legend">
      <strong>{title}</strong>
      {(classes ?? sequentialBreaks(max)).map((b) => (
        <div key={b.from} className="legend-row">
          <span className="swatch" style={{ background: rgbCss(b.colour) }} /> {fmt(b.from)} –{' '}
          {fmt(b.to)}
        </div>
      ))}
      {method === 'kde' && <small>Cells under 2% of the peak are not drawn.</small>}
      {method === 'grid' && <small>Empty cells are not drawn.</small>}
      {method === 'areas' && <small>Quantile classes: about as many areas in each colour.</small>}
    </div>
  );
}
