import type { Position } from 'geojson';
import { toBng } from '../../ingest/bng';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { BngRing } from '../../tasking/tasking-state';

/** Every ring of the loaded boundary layers, projected to BNG, for drawing small maps. */
export function boundaryRingsBng(boundaries: readonly BoundaryLayer[]): BngRing[] {
  const rings: BngRing[] = [];
  const add = (ring: Position[]) =>
    rings.push(ring.map(([lon, lat]) => toBng(lon ?? NaN, lat ?? NaN)));
  for (const layer of boundaries)
    for (const feature of layer.geojson.features) {
      const g = feature.geometry;
      if (g?.type === 'Polygon') g.coordinates.forEach(add);
      else if (g?.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(add));
    }
  return rings;
}
