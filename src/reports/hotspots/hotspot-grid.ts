import type { CountGridResult } from '../../analytics/hotspots/countGrid';
import { countGrid } from '../../analytics/hotspots/countGrid';
import type { FlatPolygon } from '../../analytics/hotspots/pointInPolygon';
import type { BngBounds } from '../../analytics/hotspots/robustExtent';
import { studyAreaPolygons } from './bng-polygons';
import type { StudyAreaInput } from './study-area';
import { studyAreaGrid } from './study-area-grid';

/** The counted grid of a grid method, with the study area's BNG polygons when there is one. */
export interface HotspotGrid extends CountGridResult {
  polygons: FlatPolygon[] | null;
}

/**
 * The grid every grid method (counts, KDE, Gi*, space-time) of the app and the CLI runs on:
 * over the study area's box with its cells centred inside as the study area, or over the
 * points' robust extent when there is no study area (`extent` when the caller has it already,
 * e.g. the candidates, which left the strays out first).
 */
export function hotspotGrid(
  eastings: Float64Array,
  northings: Float64Array,
  cellSize: number | null,
  studyArea: StudyAreaInput | null,
  extent: BngBounds | null = null,
): HotspotGrid {
  if (!studyArea)
    return {
      ...countGrid(eastings, northings, {
        cellSize: cellSize ?? undefined,
        bounds: extent ?? undefined,
      }),
      polygons: null,
    };
  const polygons = studyAreaPolygons(studyArea);
  return { ...studyAreaGrid(eastings, northings, cellSize, polygons), polygons };
}
