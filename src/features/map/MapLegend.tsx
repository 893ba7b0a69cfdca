import { rampBreaks } from './colour-scale';

/** Legend for the location colours: incidents per location per month, fixed across months. */
export function MapLegend({ ceiling }: { ceiling: number }) {
  const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1));
  return (
    <div className="legend" aria-label="Map legend">
      <strong>Incidents per location per month</strong>
      {rampBreaks(ceiling).map((b) => (
        <div key={b.from} className="legend-row">
          <span className="swatch" style={{ background: b.colour }} />
          {Number.isFinite(b.to) ? `${fmt(b.from)} – ${fmt(b.to)}` : `${fmt(b.from)} or more`}
        </div>
      ))}
      <small>Scale fixed over the whole period, so colours compare across month ranges.</small>
    </div>
  );
}
