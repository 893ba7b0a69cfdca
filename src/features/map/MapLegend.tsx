import { rampBreaks } from './colour-scale';

interface Props {
  ceiling: number;
  title: string;
  note?: string;
}

const LEGEND_NUMBER = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });
const fmt = (v: number) =>
  v >= 10 ? Math.round(v).toLocaleString('en-GB') : LEGEND_NUMBER.format(v);

/** Legend for a fixed colour ramp (the same scale in any month range). */
export function MapLegend({ ceiling, title, note }: Props) {
  return (
    <div className="legend" aria-label="Map legend">
      <strong>{title}</strong>
      {rampBreaks(ceiling).map((b) => (
        <div key={b.from} className="legend-row">
          <span className="swatch" style={{ background: b.colour }} />
          {Number.isFinite(b.to) ? `${fmt(b.from)} – ${fmt(b.to)}` : `${fmt(b.from)} or more`}
        </div>
      ))}
      {note && <small>{note}. </small>}
      <small>Scale fixed over the whole period, so colours compare across month ranges.</small>
    </div>
  );
}
