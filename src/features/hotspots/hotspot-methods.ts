import type { GridMethod } from '../../reports/hotspots/hotspot-params';

/** The hotspot methods the view offers, in picker order. */
export type HotspotMethod = GridMethod | 'repeat' | 'areas';

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
