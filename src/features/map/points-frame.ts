import type { MapPoints } from '../../queries/map-points';

/** The box around the middle 99% of points, so a stray point does not zoom the map out. */
export function pointsFrame(points: MapPoints): [number, number, number, number] | null {
  if (points.length === 0) return null;
  const lons = Array.from(points.longitude).sort((a, b) => a - b);
  const lats = Array.from(points.latitude).sort((a, b) => a - b);
  const at = (values: number[], q: number) =>
    values[Math.min(values.length - 1, Math.max(0, Math.floor(q * (values.length - 1))))] as number;
  return [at(lons, 0.005), at(lats, 0.005), at(lons, 0.995), at(lats, 0.995)];
}
