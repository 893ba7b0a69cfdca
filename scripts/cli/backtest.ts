import type { DuckConnector } from '../../src/db/connector';
import { BACKTEST_METHODS } from '../../src/analytics/backtest/rankingMethods';
import { DEFAULT_RANKING } from '../../src/analytics/backtest/defaultRanking';
import { backtestReportDetail } from '../../src/reports/backtest-report';
import type { CliCommand, CommandResult } from './command';
import { UsageError } from './command';
import { COUNT_FROM_FLAG, countingSourcesOutput } from './counting-flags';
import { hotspotFlags } from './hotspots';
import { loadForAnalysis } from './load-inputs';
import { readMappingsFlag } from './local-mapping';
import type { CliOptions, FlagSpec } from './options';
import { isMonth, JSON_FLAG, MAPPING_FLAG } from './options';

const isShare = (value: string) => Number(value) > 0 && Number(value) <= 1;

/** The flags of `backtest`. */
export const BACKTEST_FLAGS: readonly FlagSpec[] = [
  {
    name: 'from',
    value: 'YYYY-MM',
    description: 'first month scored (required)',
    accepts: isMonth,
  },
  { name: 'to', value: 'YYYY-MM', description: 'last month scored (required)', accepts: isMonth },
  { name: 'categories', value: 'a,b', description: 'category ids, comma-separated' },
  {
    name: 'cell',
    value: 'METRES',
    description: 'cell size in metres (default: chosen from the data, as hotspots)',
    accepts: (value) => Number.isFinite(Number(value)) && Number(value) > 0,
  },
  {
    name: 'area-share',
    value: 'SHARE',
    description: 'share of the study area each method picks, 0–1 (default 0.05)',
    accepts: isShare,
  },
  {
    name: 'boundary',
    value: 'FILE',
    description: 'GeoJSON (WGS84) polygons: only cells whose centre is inside are the study area',
  },
  COUNT_FROM_FLAG,
  MAPPING_FLAG,
  JSON_FLAG,
];

export const backtest: CliCommand = {
  name: 'backtest',
  inputs: '<files, folders or zips…>',
  summary: 'how well each hotspot ranking would have predicted each month (PAI, hit rate, PEI)',
  flags: BACKTEST_FLAGS,
  run: backtestCommand,
};

/**
 * `backtest <inputs…> --from YYYY-MM --to YYYY-MM`: for every month scored, each method picks
 * cells from the months before and is scored on the month.
 */
async function backtestCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { from, to } = options.flags;
  if (!from || !to) throw new UsageError('backtest: --from YYYY-MM and --to YYYY-MM are required');
  if (from > to) throw new UsageError(`backtest: --from ${from} is after --to ${to}`);
  const { filter, grid } = hotspotFlags(options);
  const areaShare = Number(options.flags['area-share'] ?? 0.05);
  const mappings = readMappingsFlag(options.flags.mapping);
  const { problems } = await loadForAnalysis(db, options.inputs, mappings);
  const detail = await backtestReportDetail(db, {
    from,
    to,
    categories: filter.categories ?? [],
    countFrom: filter.countFrom,
    cellSize: grid.cellSize ?? null,
    areaShare,
    studyArea: grid.studyArea ?? null,
  });
  const { report } = detail;
  const counting = await countingSourcesOutput(db, { ...filter, fromMonth: from, toMonth: to });
  if (options.json)
    return { stdout: JSON.stringify({ countingSources: counting.json, ...report }), problems };
  const k = Math.round(areaShare * report.studyCells);
  const pct = (v: number | null, digits = 1) =>
    v === null ? '–' : `${(v * 100).toFixed(digits)}%`;
  const num = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const rows = BACKTEST_METHODS.map((m) => [
    m,
    num(report.summary[m].meanPai),
    pct(report.summary[m].meanHitRate),
    String(detail.monthsBest[m]),
  ]);
  const header = ['method', 'mean PAI', 'mean hit rate', 'months best'];
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (r[c] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
      )
      .join('  ');
  const { recentMonths, baselineMonths } = DEFAULT_RANKING;
  const lines = [
    counting.statement,
    `Months scored: ${report.months.length} (${from} … ${to})` +
      (detail.unscoredMonths.length
        ? `; not scored (missing, or no data before them): ${detail.unscoredMonths.join(', ')}`
        : ''),
    `Cells: ${report.studyCells} of ${report.cellSize} m; each method picks ${Math.max(1, k)} ` +
      `(${pct(areaShare, 0)} of the study area) from the ${recentMonths + baselineMonths} months before each month`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'PAI: share of the month’s incidents captured ÷ share of the area picked (1 = no better than chance).',
  ];
  return { stdout: lines.join('\n'), problems };
}
