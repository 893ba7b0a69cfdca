import { readFileSync } from 'node:fs';
import type { DuckConnector } from '../../src/db/connector';
import { loadFiles } from '../../src/ingest/load-files';
import type { HotspotsOptions } from '../../src/reports/hotspots-report';
import { hotspotsReport } from '../../src/reports/hotspots-report';
import { parseBoundaryFile } from '../../src/reports/boundary-layer';
import { studyAreaInput } from '../../src/reports/hotspots/study-area';
import type { IncidentFilter } from '../../src/sql/filters';
import { nodeInputs } from './node-inputs';
import type { CliOptions } from './options';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The filter and grid options shared by `hotspots` and `patterns`, from the flags. */
export function hotspotFlags(options: CliOptions): {
  filter: IncidentFilter;
  grid: HotspotsOptions;
} {
  const { cell, categories, from, to, boundary } = options.flags;
  for (const [flag, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !MONTH.test(value))
      throw new Error(`--${flag} must be YYYY-MM, got ${value}`);
  }
  const cellSize = cell === undefined ? undefined : Number(cell);
  if (cellSize !== undefined && !(cellSize > 0))
    throw new Error(`--cell must be metres > 0, got ${cell}`);
  const filter: IncidentFilter = {
    fromMonth: from ?? null,
    toMonth: to ?? null,
    categories: categories
      ? categories
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
  };
  const studyArea = boundary
    ? studyAreaInput([parseBoundaryFile(boundary, readFileSync(boundary, 'utf8'))])
    : null;
  return { filter, grid: { cellSize, studyArea } };
}

/** `hotspots <inputs…> [--cell M] [--categories a,b] [--from YYYY-MM] [--to YYYY-MM] [--boundary FILE] [--json]`. */
export async function hotspotsCommand(db: DuckConnector, options: CliOptions): Promise<string> {
  const { filter, grid } = hotspotFlags(options);
  await loadFiles(db, nodeInputs(options.inputs));
  const report = await hotspotsReport(db, filter, grid);
  if (options.json) {
    const { cellSize, cellSizeReason, crs, fdr, points, grid: extent, cells } = report;
    return JSON.stringify({ cellSize, cellSizeReason, crs, fdr, points, grid: extent, cells });
  }
  const hot = report.cells
    .filter((c) => c.class.startsWith('hot'))
    .sort((a, b) => b.giZ - a.giZ)
    .slice(0, 20);
  return [
    `Cells: ${report.cells.length} of ${report.cellSize} m (${report.cellSizeReason})`,
    `Points: ${report.points.pointsCounted} counted, ${report.points.outliers} strays, ` +
      `${report.points.outsideStudyArea} outside the study area, ${report.points.unlocated} unlocated`,
    `Gi* classes from ${report.fdr ? 'Benjamini–Hochberg FDR-adjusted' : 'unadjusted'} p-values`,
    'Top hot cells (ix, iy: count, z, class):',
    ...hot.map((c) => `  ${c.ix}, ${c.iy}: ${c.count}, z ${c.giZ.toFixed(2)}, ${c.class}`),
  ].join('\n');
}
