import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { MapPoints } from '../../queries/map-points';
import { rampColour } from './colour-scale';
import type { DensityCell, DensitySurface } from './density-surface';

export interface IncidentLayerOptions {
  points: MapPoints;
  /** Months in the chosen range: values are incidents per location per month. */
  months: number;
  /** Fixed colour-scale ceiling (incidents per location per month) from the whole period. */
  ceiling: number;
  showPoints: boolean;
  /** Density surface for the chosen months, and the top of its scale from the whole period. */
  density: DensitySurface | null;
  densityCeiling: number;
}

/** Above this many locations, points are not enlarged at low zoom, so the density surface shows. */
const MANY_POINTS = 5000;

/** Density surface and per-location points, both on scales that do not move with the months. */
export function incidentLayers(options: IncidentLayerOptions): Layer[] {
  const { points, months, ceiling } = options;
  const indices = Array.from({ length: points.length }, (_, i) => i);
  const perMonth = (i: number) => (points.count[i] ?? 0) / Math.max(1, months);
  const layers: Layer[] = [];
  if (options.density) {
    const ceiling = options.densityCeiling;
    layers.push(
      new SolidPolygonLayer<DensityCell>({
        id: 'incident-density',
        data: options.density.cells,
        getPolygon: (cell) => cell.polygon,
        getFillColor: (cell) => [...rampColour(cell.value, ceiling), 150],
        updateTriggers: { getFillColor: [ceiling] },
      }),
    );
  }
  if (options.showPoints) {
    layers.push(
      new ScatterplotLayer<number>({
        id: 'incident-points',
        data: indices,
        pickable: true,
        getPosition: (i) => [points.longitude[i] ?? 0, points.latitude[i] ?? 0],
        getRadius: (i) => 6 + 30 * Math.min(1, perMonth(i) / ceiling),
        radiusUnits: 'meters',
        // Many points keep their size in metres, so they appear as the analyst zooms in.
        radiusMinPixels: points.length < MANY_POINTS ? 2 : 0,
        radiusMaxPixels: 14,
        getFillColor: (i) => [...rampColour(perMonth(i), ceiling), 220],
        getLineColor: [80, 40, 20, 160],
        lineWidthMinPixels: 0.5,
        // Outlines help a few hundred points and bury the density surface under thousands.
        stroked: points.length < MANY_POINTS,
        updateTriggers: { getFillColor: [months, ceiling], getRadius: [months, ceiling] },
      }),
    );
  }
  return layers;
}
