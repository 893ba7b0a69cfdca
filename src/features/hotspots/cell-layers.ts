import type { Layer, PickingInfo } from '@deck.gl/core';
import { PolygonLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { EMERGING_PATTERN_RULES } from '../../analytics/hotspots/emergingHotspotClass';
import type { DrawnCell, HotspotJobResult } from '../../reports/hotspots/hotspot-job-result';
import type { Rgb } from './hotspot-colours';
import { giClassColour, patternColour, sequentialColour } from './hotspot-colours';

/** A drawn cell with its lon/lat ring for deck.gl. */
export interface CellFeature extends DrawnCell {
  polygon: [number, number][];
}

/** The drawn cells (squares or hexagons) of a worker result as objects (one per cell). */
export function cellFeatures(result: HotspotJobResult): CellFeature[] {
  const cells: CellFeature[] = [];
  const c = result.corners;
  const per = result.cornersPerCell;
  for (let k = 0; k < result.ix.length; k++) {
    const polygon: [number, number][] = [];
    for (let j = 0; j < per; j++)
      polygon.push([c[(k * per + j) * 2] as number, c[(k * per + j) * 2 + 1] as number]);
    cells.push({
      ix: result.ix[k] as number,
      iy: result.iy[k] as number,
      count: result.count[k] as number,
      value: result.value[k] as number,
      code: result.code[k] as number,
      polygon,
    });
  }
  return cells;
}

/** Maximum value over the cells (the top of the count/density scale). */
export function maxValue(cells: readonly DrawnCell[]): number {
  let max = 0;
  for (const c of cells) if (c.value > max) max = c.value;
  return max;
}

/** Fill colour of a cell for the method of the result. */
export function cellColour(result: HotspotJobResult, cell: DrawnCell, max: number): Rgb {
  if (result.method === 'gistar') return giClassColour(cell.code);
  if (result.method === 'patterns') {
    const rule = EMERGING_PATTERN_RULES[cell.code];
    return rule ? patternColour(rule.pattern) : [200, 200, 200];
  }
  return sequentialColour(cell.value, max);
}

/** The cells as a pickable deck.gl polygon layer; `selected` is outlined. */
export function cellLayer(
  result: HotspotJobResult,
  cells: CellFeature[],
  onPick: (cell: CellFeature) => void,
  selected: { ix: number; iy: number } | null,
): Layer[] {
  const max = maxValue(cells);
  const layers: Layer[] = [
    new SolidPolygonLayer<CellFeature>({
      id: `hotspot-cells-${result.method}-${result.shape}`,
      data: cells,
      pickable: true,
      getPolygon: (c) => c.polygon,
      getFillColor: (c) => [...cellColour(result, c, max), result.method === 'kde' ? 170 : 210],
      onClick: (info: PickingInfo<CellFeature>) => {
        if (info.object) onPick(info.object);
      },
      updateTriggers: { getFillColor: [result] },
    }),
  ];
  const chosen = selected
    ? cells.find((c) => c.ix === selected.ix && c.iy === selected.iy)
    : undefined;
  if (chosen) {
    layers.push(
      new PolygonLayer<CellFeature>({
        id: 'hotspot-selected-cell',
        data: [chosen],
        filled: false,
        stroked: true,
        getPolygon: (c) => c.polygon,
        getLineColor: [20, 20, 20, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
      }),
    );
  }
  return layers;
}
