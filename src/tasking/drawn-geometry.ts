import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromBng, toBng } from '../ingest/bng';
import type { BngMultiPolygon, BngRing } from './tasking-state';

function closed(ring: BngRing): BngRing {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    return [...ring, [first[0], first[1]]];
  return ring;
}

/** Centimetres are finer than any drawn boundary and keep state files short. */
const roundCm = (metres: number): number => Math.round(metres * 100) / 100;

/**
 * A polygon drawn on the map (GeoJSON, WGS84 longitude/latitude) as a target's stored geometry
 * in British National Grid metres, through the project's one projection (src/ingest/bng.ts).
 * Rings are closed if the drawing left them open; positions are rounded to the centimetre.
 */
export function lonLatToBng(geometry: Polygon | MultiPolygon): BngMultiPolygon {
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) =>
    rings.map((ring) =>
      closed(
        ring.map(([lon, lat]) => {
          const [e, n] = toBng(lon as number, lat as number);
          return [roundCm(e), roundCm(n)];
        }),
      ),
    ),
  );
}

/**
 * A target's BNG geometry as a GeoJSON MultiPolygon in WGS84 (for the map, GeoJSON export),
 * with coordinates to 7 decimal places (about a centimetre).
 */
export function bngToLonLat(geometry: BngMultiPolygon): MultiPolygon {
  const round = (degrees: number) => Math.round(degrees * 1e7) / 1e7;
  return {
    type: 'MultiPolygon',
    coordinates: geometry.map((rings) =>
      rings.map((ring) =>
        ring.map(([e, n]) => {
          const [lon, lat] = fromBng(e, n);
          return [round(lon), round(lat)];
        }),
      ),
    ),
  };
}
