import { robustExtent } from '../../analytics/hotspots/robustExtent';
import type { MapPoints } from '../../queries/map-points';
import type { MapFrame } from './IncidentMap';

/**
 * The box around the points without the strays, by the rule the hotspot grid uses
 * ({@link robustExtent}: outside Great Britain, or further beyond the 1%–99% range than it is
 * wide), so a handful of mis-geocoded points elsewhere in the UK do not shrink the area to a dot.
 */
export function pointsFrame(points: MapPoints): MapFrame | null {
  const { kept } = robustExtent(points.easting, points.northing);
  const frame: MapFrame = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < points.length; i++) {
    if (kept[i] !== 1) continue;
    const lon = points.longitude[i] as number;
    const lat = points.latitude[i] as number;
    frame[0] = Math.min(frame[0], lon);
    frame[1] = Math.min(frame[1], lat);
    frame[2] = Math.max(frame[2], lon);
    frame[3] = Math.max(frame[3], lat);
  }
  return frame[0] <= frame[2] ? frame : null;
}
