/** The hotspot methods the view offers, in picker order. */
export type HotspotMethod = 'grid' | 'kde' | 'gistar' | 'patterns' | 'repeat' | 'areas';

/** Methods computed on the BNG grid in the hotspot worker. */
export type GridMethod = Extract<HotspotMethod, 'grid' | 'kde' | 'gistar' | 'patterns'>;

/** The methods with their picker label and one-line summary. */
export const HOTSPOT_METHODS: readonly { id: HotspotMethod; label: string; summary: string }[] = [
  { id: 'grid', label: 'Grid counts', summary: 'Incidents per square cell.' },
  { id: 'kde', label: 'KDE surface', summary: 'Quartic kernel density at each cell centre.' },
  { id: 'gistar', label: 'Gi* hot spots', summary: 'Getis-Ord Gi* classes, FDR-corrected.' },
  { id: 'patterns', label: 'Space-time patterns', summary: 'Emerging hot spot classes by month.' },
  { id: 'repeat', label: 'Repeat locations', summary: 'Busiest places and streets, with trend.' },
  { id: 'areas', label: 'Area choropleth', summary: 'Counts and rates per ward or LSOA.' },
];

/** True for the methods that run in the worker on the grid. */
export function isGridMethod(method: HotspotMethod): method is GridMethod {
  return method === 'grid' || method === 'kde' || method === 'gistar' || method === 'patterns';
}

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
