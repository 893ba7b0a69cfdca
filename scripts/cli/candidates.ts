import { readFileSync } from 'node:fs';
import type { DuckConnector } from '../../src/db/connector';
import type { BoundaryLayer } from '../../src/reports/boundary-layer';
import { parseBoundaryFile } from '../../src/reports/boundary-layer';
import { studyAreaInput } from '../../src/reports/hotspots/study-area';
import { areaPolygons } from '../../src/reports/polygon-lookup';
import { outsideStudyAreaText } from '../../src/reports/tasking/candidate-study-area';
import type { CandidatesReport } from '../../src/reports/tasking/candidates-report';
import { taskingCandidatesReport } from '../../src/reports/tasking/candidates-report';
import type { Candidate } from '../../src/tasking/candidate';
import { rateRatioJson } from '../../src/tasking/rate-ratio';
import { DEFAULT_TASKING_SETTINGS } from '../../src/tasking/tasking-state';
import type { CliCommand, CommandResult } from './command';
import { DataProblem, UsageError } from './command';
import { COUNT_FROM_FLAG, countFromFlag, countingSourcesOutput } from './counting-flags';
import { loadForAnalysis } from './load-inputs';
import { readMappingsFlag } from './local-mapping';
import type { CliOptions } from './options';
import { isMonth, JSON_FLAG, MAPPING_FLAG } from './options';

const isCount = (value: string) => /^\d+$/.test(value) && Number(value) > 0;

export const candidates: CliCommand = {
  name: 'candidates',
  inputs: '<files, folders or zips…>',
  summary: 'ranked candidate places for a tasking meeting, each with its reason',
  flags: [
    { name: 'month', value: 'YYYY-MM', description: 'meeting month (required)', accepts: isMonth },
    {
      name: 'boundary',
      value: 'FILE',
      description: 'GeoJSON (WGS84) wards or LSOAs: its areas are candidates and the study area',
    },
    {
      name: 'count',
      value: 'N',
      description: `how many candidates (default ${DEFAULT_TASKING_SETTINGS.candidateCount})`,
      accepts: isCount,
    },
    {
      name: 'cell',
      value: 'METRES',
      description: 'grid cell size in metres (default 250)',
      accepts: (value) => Number.isFinite(Number(value)) && Number(value) > 0,
    },
    {
      name: 'categories',
      value: 'a,b',
      description: 'category ids (default: those with a harm weight)',
    },
    COUNT_FROM_FLAG,
    MAPPING_FLAG,
    JSON_FLAG,
  ],
  run: candidatesCommand,
};

function boundaryLayer(path: string): BoundaryLayer {
  try {
    return parseBoundaryFile(path, readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataProblem(`--boundary ${path}: ${reason}`, { cause: error });
  }
}

/** `candidates <inputs…> --month YYYY-MM`: a numbered list of sentences, or the report as JSON. */
async function candidatesCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { month, boundary, count, cell, categories } = options.flags;
  if (!month) throw new UsageError('candidates: --month YYYY-MM is required');
  const settings = {
    ...DEFAULT_TASKING_SETTINGS,
    candidateCount: count ? Number(count) : DEFAULT_TASKING_SETTINGS.candidateCount,
  };
  const layer = boundary ? boundaryLayer(boundary) : null;
  const mappings = readMappingsFlag(options.flags.mapping);
  const { problems } = await loadForAnalysis(db, options.inputs, mappings);
  const filter = {
    categories: categories ? categories.split(',').map((c) => c.trim()) : [],
    countFrom: countFromFlag(options),
  };
  const report = await taskingCandidatesReport(db, {
    meetingMonth: month,
    settings,
    filter,
    cellSize: cell ? Number(cell) : null,
    studyArea: layer ? studyAreaInput([layer]) : null,
    areaLayer: layer
      ? { name: layer.name, areas: areaPolygons(layer.geojson, layer.nameProperty) }
      : null,
  });
  const shown = report.candidates.slice(0, settings.candidateCount);
  const counting = await countingSourcesOutput(db, filter);
  if (options.json) {
    const json = { countingSources: counting.json, ...candidatesJson(report, shown) };
    return { stdout: JSON.stringify(json), problems };
  }
  if (!report.dataMonth) return { stdout: `No data at or before ${month}.`, problems };
  const lines = [
    counting.statement,
    `Candidates for the ${month} meeting: data to ${report.dataMonth}; recent ` +
      `${report.recentMonths.join(', ')} against ${report.baselineMonths.length} months before` +
      (report.missingMonths.length ? `; no data for ${report.missingMonths.join(', ')}` : '') +
      `; ${report.cellSize} m cells`,
    ...shown.map((c) => `${c.rank}. ${c.sentence}`),
  ];
  const outside = outsideStudyAreaText(report.outsideStudyArea, layer?.name ?? null);
  if (outside) lines.push(outside);
  return { stdout: lines.join('\n'), problems };
}

/**
 * The report as JSON: a candidate with no incidents in its baseline has an unbounded rate ratio,
 * written as `"ratio": null, "upper": null` with `lower` the 95% lower bound ("at least … times");
 * JSON has no Infinity (README, "Tasking candidates").
 */
function candidatesJson(report: CandidatesReport, shown: readonly Candidate[]) {
  return {
    ...report,
    candidates: shown.map((c) => ({ ...c, change: c.change ? rateRatioJson(c.change) : null })),
  };
}
