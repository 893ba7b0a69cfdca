import { readFileSync } from 'node:fs';
import type { DuckConnector } from '../../src/db/connector';
import type { HotspotsOptions } from '../../src/reports/hotspots-report';
import { hotspotsReport } from '../../src/reports/hotspots-report';
import type { BoundaryLayer } from '../../src/reports/boundary-layer';
import { parseBoundaryFile } from '../../src/reports/boundary-layer';
import { studyAreaInput } from '../../src/reports/hotspots/study-area';
import type { IncidentFilter } from '../../src/sql/filters';
import type { CliCommand, CommandResult } from './command';
import { DataProblem } from './command';
import { COUNT_FROM_FLAG, countFromFlag, countingSourcesOutput } from './counting-flags';
import { readMappingsFlag } from './local-mapping';
import { loadForAnalysis } from './load-inputs';
import type { CliOptions, FlagSpec } from './options';
import { isMonth, JSON_FLAG, MAPPING_FLAG } from './options';

/** The flags of `hotspots` and `patterns`. */
export const HOTSPOT_FLAGS: readonly FlagSpec[] = [
  {
    name: 'cell',
    value: 'METRES',
    description: 'cell size in metres (default: chosen from the data)',
    accepts: (value) => Number.isFinite(Number(value)) && Number(value) > 0,
  },
  { name: 'categories', value: 'a,b', description: 'category ids, comma-separated' },
  { name: 'from', value: 'YYYY-MM', description: 'first month, inclusive', accepts: isMonth },
  { name: 'to', value: 'YYYY-MM', description: 'last month, inclusive', accepts: isMonth },
  {
    name: 'boundary',
    value: 'FILE',
    description: 'GeoJSON (WGS84) polygons: only cells whose centre is inside are analysed',
  },
  COUNT_FROM_FLAG,
  MAPPING_FLAG,
  JSON_FLAG,
];

export const hotspots: CliCommand = {
  name: 'hotspots',
  inputs: '<files, folders or zips…>',
  summary: 'grid counts and Gi* per cell',
  flags: HOTSPOT_FLAGS,
  run: hotspotsCommand,
};

/** The filter and grid options shared by `hotspots` and `patterns`, from the flags. */
export function hotspotFlags(options: CliOptions): {
  filter: IncidentFilter;
  grid: HotspotsOptions;
} {
  const { cell, categories, from, to, boundary } = options.flags;
  const filter: IncidentFilter = {
    fromMonth: from ?? null,
    toMonth: to ?? null,
    categories: categories
      ? categories
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
    countFrom: countFromFlag(options),
  };
  const cellSize = cell === undefined ? undefined : Number(cell);
  const studyArea = boundary ? studyAreaInput([boundaryLayer(boundary)]) : null;
  return { filter, grid: { cellSize, studyArea } };
}

function boundaryLayer(path: string): BoundaryLayer {
  try {
    return parseBoundaryFile(path, readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataProblem(`--boundary ${path}: ${reason}`, { cause: error });
  }
}

async function hotspotsCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { filter, grid } = hotspotFlags(options);
  const mappings = readMappingsFlag(options.flags.mapping);
  const { problems } = await loadForAnalysis(db, options.inputs, mappings);
  const report = await hotspotsReport(db, filter, grid);
  const counting = await countingSourcesOutput(db, filter);
  if (options.json) {
    const { cellSize, cellSizeReason, crs, fdr, points, grid: extent, cells } = report;
    const countingSources = counting.json;
    const json = {
      cellSize,
      cellSizeReason,
      crs,
      fdr,
      countingSources,
      points,
      grid: extent,
      cells,
    };
    return { stdout: JSON.stringify(json), problems };
  }
  const hot = report.cells
    .filter((c) => c.class.startsWith('hot'))
    .sort((a, b) => b.giZ - a.giZ)
    .slice(0, 20);
  const lines = [
    counting.statement,
    `Cells: ${report.cells.length} of ${report.cellSize} m (${report.cellSizeReason})`,
    `Points: ${report.points.pointsCounted} counted, ${report.points.outliers} strays, ` +
      `${report.points.outsideStudyArea} outside the study area, ${report.points.unlocated} unlocated`,
    `Gi* classes from ${report.fdr ? 'Benjamini–Hochberg FDR-adjusted' : 'unadjusted'} p-values`,
    'Top hot cells (ix, iy: count, z, class):',
    ...hot.map((c) => `  ${c.ix}, ${c.iy}: ${c.count}, z ${c.giZ.toFixed(2)}, ${c.class}`),
  ];
  return { stdout: lines.join('\n'), problems };
}
