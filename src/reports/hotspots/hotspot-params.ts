/** Methods computed on the BNG grid in the hotspot worker (and by the CLI). */
export type GridMethod = 'grid' | 'kde' | 'gistar' | 'patterns';

/** How grid counts are drawn: the square cells, or hexagons of about the same area. */
export type CellShape = 'square' | 'hexagon';

/** The analyst's parameters for the grid methods; part of the query key. */
export interface HotspotParams {
  method: GridMethod;
  /** Cell size in metres; null = chosen from the data. */
  cellSize: number | null;
  /** Hexagons apply to grid counts only; Gi*, KDE and space-time always use squares. */
  cellShape: CellShape;
  /** Benjamini–Hochberg FDR on (default) or off. */
  fdr: boolean;
  /** Level of a hot/cold step in the space-time analysis. */
  alpha: number;
  /** Multiplier on the KDE rule-of-thumb bandwidth. */
  bandwidthAdjust: number;
}

/** The parameters a grid method starts with. */
export const DEFAULT_PARAMS: Omit<HotspotParams, 'method'> = {
  cellSize: null,
  cellShape: 'square',
  fdr: true,
  alpha: 0.05,
  bandwidthAdjust: 1,
};

/** Level of the Mann–Kendall trend of a cell's Gi* z over the time steps. */
export const TREND_ALPHA = 0.05;
