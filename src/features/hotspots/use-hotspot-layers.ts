import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { AreaLayer, AreasReport } from '../../reports/areas-report';
import type { RepeatLocation, RepeatLocationsReport } from '../../reports/repeat-locations-report';
import type { CellFeature } from './cell-layers';
import { cellFeatures, cellLayer } from './cell-layers';
import type { HotspotJobResult } from '../../reports/hotspots/hotspot-job-result';
import { areaLayers, repeatLocationLayers } from './place-layers';

type Frame = [number, number, number, number];

interface Inputs {
  analysis: HotspotJobResult | undefined;
  repeat: RepeatLocationsReport | undefined;
  areas: AreasReport | undefined;
  areaLayer: AreaLayer | null;
  selectedCell: { ix: number; iy: number } | null;
  selectedPlace: string | null;
  onPickCell: (cell: CellFeature) => void;
  onPickPlace: (location: RepeatLocation) => void;
  onPickArea: (code: string) => void;
}

/** Box around lon/lat boxes. */
function union(boxes: readonly Frame[]): Frame | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<Frame>(
    (a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** deck.gl layers and the frame of whichever result is showing. */
export function useHotspotLayers(inputs: Inputs): {
  layers: Layer[];
  cells: CellFeature[];
  frame: Frame | null;
} {
  const { analysis, repeat, areas, areaLayer, selectedCell, selectedPlace } = inputs;
  const { onPickCell, onPickPlace, onPickArea } = inputs;
  const cells = useMemo(() => (analysis ? cellFeatures(analysis) : []), [analysis]);
  const layers = useMemo((): Layer[] => {
    if (analysis) return cellLayer(analysis, cells, onPickCell, selectedCell);
    if (repeat) return repeatLocationLayers(repeat, onPickPlace, selectedPlace);
    if (areas && areaLayer) return areaLayers(areaLayer, areas, onPickArea);
    return [];
  }, [
    analysis,
    cells,
    repeat,
    areas,
    areaLayer,
    selectedCell,
    selectedPlace,
    onPickCell,
    onPickPlace,
    onPickArea,
  ]);
  const frame = useMemo((): Frame | null => {
    if (analysis) return analysis.frame;
    if (repeat) return union(repeat.locations.map((l) => l.box));
    if (areaLayer) return union(areaLayer.areas.map((a) => a.box));
    return null;
  }, [analysis, repeat, areaLayer]);
  return { layers, cells, frame };
}
