import type { BngMultiPolygon } from '../tasking-state';

/** A hotspot grid cell for the pack map, in BNG cell indexes. */
export interface PackMapCell {
  /** floor(easting / cellSize) */
  ix: number;
  iy: number;
  count: number;
  /** Gi* class label, e.g. 'hot-99'. */
  class: string;
}

/**
 * Everything the pack's map is drawn from, in British National Grid metres: boundaries, the
 * hotspot cells of the meeting month's window, and the targets labelled by id. No tiles.
 */
export interface PackMap {
  /** What the hotspot cells count, e.g. "ASB and criminal damage, Oct–Dec 2025". */
  caption: string;
  cellSize: number;
  cells: PackMapCell[];
  boundaries: { name: string; geometry: BngMultiPolygon }[];
  targets: { id: string; geometry: BngMultiPolygon }[];
  /** Candidates that are not yet targets, labelled by rank. */
  candidates: { label: string; geometry: BngMultiPolygon }[];
}

/** An empty map: no cells, boundaries or places. */
export function emptyPackMap(caption: string): PackMap {
  return { caption, cellSize: 0, cells: [], boundaries: [], targets: [], candidates: [] };
}
