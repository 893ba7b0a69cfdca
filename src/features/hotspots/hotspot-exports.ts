import { downloadBlob } from '../../components/download';
import type { DatasetSummary } from '../../reports/dataset-summary';
import { cellPlaceLabel } from '../../reports/hotspots/cell-place-names';
import { repeatLocationsCsv, topCellsCsv } from '../../reports/hotspots/hotspot-csv';
import type { HotspotJobResult } from '../../reports/hotspots/hotspot-job-result';
import type { RepeatLocationsReport } from '../../reports/repeat-locations-report';
import type { ExploreFilter } from '../filters/explore-filter';
import { exportContext } from '../map/export-context';
import type { CellFeature } from './cell-layers';
import { HOTSPOT_METHODS } from './hotspot-methods';
import { valueText } from './TopCellsTable';

const CSV = 'text/csv;charset=utf-8';

const VALUE_COLUMN: Record<HotspotJobResult['method'], string> = {
  grid: '',
  kde: 'KDE incidents per km2 per month',
  gistar: 'Gi* z',
  patterns: 'Space-time pattern',
};

/** The method and grid in words, for the export's header block and the map caption. */
export function analysisSettings(analysis: HotspotJobResult): string {
  const label = HOTSPOT_METHODS.find((m) => m.id === analysis.method)?.label ?? analysis.method;
  const shape = analysis.shape === 'hexagon' ? 'hexagons' : 'square cells';
  const study = analysis.studyArea
    ? `study area ${analysis.studyArea.label}`
    : 'study area: extent of the data';
  return `Method: ${label}, ${analysis.grid.cellSize} m ${shape}, ${study}`;
}

/** Downloads the top cells with their street names as CSV, with the context block on top. */
export function downloadTopCells(
  filter: ExploreFilter,
  dataset: DatasetSummary | undefined,
  analysis: HotspotJobResult,
  top: readonly CellFeature[],
  names: ReadonlyMap<string, string>,
): void {
  const context = exportContext('Hotspots: top cells', filter, dataset, {
    settings: analysisSettings(analysis),
  });
  const rows = top.map((cell) => ({
    ix: cell.ix,
    iy: cell.iy,
    place: cellPlaceLabel(cell, names.get(`${cell.ix},${cell.iy}`), analysis.shape),
    count: cell.count,
    value: analysis.method === 'grid' ? '' : valueText(analysis.method, cell),
  }));
  const heading = VALUE_COLUMN[analysis.method];
  const csv = topCellsCsv(context, rows, analysis.shape, analysis.grid.cellSize, heading);
  downloadBlob(`hotspot-top-cells-${analysis.method}.csv`, new Blob([csv], { type: CSV }));
}

/** Downloads the repeat locations (places or streets) as CSV, with the context block on top. */
export function downloadRepeatLocations(
  filter: ExploreFilter,
  dataset: DatasetSummary | undefined,
  report: RepeatLocationsReport,
): void {
  const title = `Repeat locations: top ${report.kind === 'street' ? 'streets' : 'places'}`;
  const context = exportContext(title, filter, dataset);
  const csv = repeatLocationsCsv(context, report);
  downloadBlob(`repeat-locations-${report.kind}.csv`, new Blob([csv], { type: CSV }));
}
