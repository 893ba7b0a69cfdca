import type { BngMultiPolygon, BngRing } from '../../tasking/tasking-state';
import { geometryBox } from './place-geometry';

interface Props {
  geometry: BngMultiPolygon;
  /** Boundary rings in BNG, drawn as context where they pass through the frame. */
  outline: readonly BngRing[];
  label: string;
  width?: number;
  height?: number;
}

const path = (ring: BngRing, top: number) =>
  ring
    .map(([e, n], i) => `${i === 0 ? 'M' : 'L'}${e.toFixed(0)},${(top - n).toFixed(0)}`)
    .join('') + 'Z';

/**
 * A small map drawn from geometry alone (no tiles): the place, filled, in a frame of at least
 * 1 km with the boundary lines around it. North is up; the scale bar shows 100 m.
 */
export function PlaceSketch({ geometry, outline, label, width = 132, height = 100 }: Props) {
  const [minE, minN, maxE, maxN] = geometryBox(geometry);
  if (!Number.isFinite(minE)) return null;
  const span = Math.max(1000, (maxE - minE) * 1.6, (maxN - minN) * 1.6 * (width / height));
  const w = span;
  const h = (span * height) / width;
  const cx = (minE + maxE) / 2;
  const cy = (minN + maxN) / 2;
  const left = cx - w / 2;
  const top = cy + h / 2;
  const near = outline.filter((ring) => {
    let [w0, s0, e0, n0] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [e, n] of ring) {
      w0 = Math.min(w0, e);
      e0 = Math.max(e0, e);
      s0 = Math.min(s0, n);
      n0 = Math.max(n0, n);
    }
    return w0 < left + w && e0 > left && s0 < top && n0 > top - h;
  });
  return (
    <svg
      className="place-sketch"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`${left.toFixed(0)} 0 ${w.toFixed(0)} ${h.toFixed(0)}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <g>
        <rect x={left} y={0} width={w} height={h} fill="#eef1f4" />
        {near.map((ring, i) => (
          <path key={i} d={path(ring, top)} fill="#fff" stroke="#7d8b99" strokeWidth={w / 200} />
        ))}
        {geometry.map((polygon, i) => (
          <path
            key={`p${i}`}
            d={polygon.map((ring) => path(ring, top)).join('')}
            fill="#c0392b"
            fillOpacity={0.45}
            fillRule="evenodd"
            stroke="#8b1a10"
            strokeWidth={w / 100}
          />
        ))}
        <line
          x1={left + w * 0.05}
          x2={left + w * 0.05 + 100}
          y1={h * 0.92}
          y2={h * 0.92}
          stroke="#1d2630"
          strokeWidth={w / 80}
        />
      </g>
    </svg>
  );
}
