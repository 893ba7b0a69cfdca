import { robustExtent } from '../../analytics/hotspots/robustExtent';
import type { MapPoints } from '../../queries/map-points';
import type { MapFrame } from './IncidentMap';

/** Share of located points left outside the frame at each side (the thinly spread edge). */
const EDGE_SHARE = 0.005;

/**
 * The frame of the points: strays are dropped by the rule the hotspot grid uses
 * ({@link robustExtent}: outside Great Britain, or further beyond the 1%–99% range than it is
 * wide), then the box runs from the 0.5% to the 99.5% quantile of what is left, so a handful of
 * mis-placed points elsewhere in the UK never shrink the area to a dot.
 */
export function pointsFrame(points: MapPoints): MapFrame | null {
  const { kept } = robustExtent(points.easting, points.northing);
  const lons: number[] = [];
  const lats: number[] = [];
  for (let i = 0; i < points.length; i++) {
    if (kept[i] !== 1) continue;
    lons.push(points.longitude[i] as number);
    lats.push(points.latitude[i] as number);
  }
  if (lons.length === 0) return null;
  lons.sort((a, b) => a - b);
  lats.sort((a, b) => a - b);
  const at = (values: number[], q: number) =>
    values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))] as number;
  return [
    at(lons, EDGE_SHARE),
    at(lats, EDGE_SHARE),
    at(lons, 1 - EDGE_SHARE),
    at(lats, 1 - EDGE_SHARE),
  ];
}
