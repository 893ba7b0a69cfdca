import type { AreaLayer } from '../../reports/areas-report';
import type { RepeatLocationsReport } from '../../reports/repeat-locations-report';
import type { CellFeature } from './cell-layers';
import type { HotspotViewState } from './hotspot-url';
import { placeId } from './place-id';

/** [west, south, east, north] in WGS84. */
export type Frame = [number, number, number, number];

/** A box around a cell or place, widened to about 1.5 km so the surroundings show. */
export function withContext(box: Frame): Frame {
  const [west, south, east, north] = box;
  const padLon = Math.max(0, (0.022 - (east - west)) / 2);
  const padLat = Math.max(0, (0.0135 - (north - south)) / 2);
  return [west - padLon, south - padLat, east + padLon, north + padLat];
}

export function cellBox(cell: CellFeature): Frame {
  const lons = cell.polygon.map((p) => p[0]);
  const lats = cell.polygon.map((p) => p[1]);
  return withContext([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
}

interface Shown {
  cells: readonly CellFeature[];
  /** Size of the cells shown, null when none are. */
  cellSize: number | null;
  repeat: RepeatLocationsReport | undefined;
  areaLayer: AreaLayer | null;
}

/** The frame around the cell, place or area a link chose, once the result showing it is in. */
export function chosenFrame(chosen: HotspotViewState, shown: Shown): Frame | null {
  const { cell, place, area } = chosen;
  const cellShown =
    cell?.cellSize === shown.cellSize &&
    shown.cells.find((c) => c.ix === cell.ix && c.iy === cell.iy);
  if (cellShown) return cellBox(cellShown);
  const placeShown = place && shown.repeat?.locations.find((l) => placeId(l.key) === place);
  if (placeShown) return withContext(placeShown.box);
  const areaShown = area && shown.areaLayer?.areas.find((a) => a.code === area);
  return areaShown ? withContext(areaShown.box) : null;
}
