import type { DuckConnector } from '../../src/db/connector';
import { monthRuns } from '../../src/analytics/months';
import type { LikeForLike, PeriodComparison } from '../../src/analytics/trends/periodComparison';
import type {
  CategoryTrend,
  CategoryTrendDetail,
  TrendsReport,
} from '../../src/reports/trends-report';
import { COMPARISON_KINDS, trendsReport } from '../../src/reports/trends-report';
import type { TrendAreaLevel } from '../../src/sql/trends';
import type { CliCommand, CommandResult } from './command';
import { loadForAnalysis } from './load-inputs';
import type { CliOptions } from './options';
import { isMonth, JSON_FLAG } from './options';

export const trends: CliCommand = {
  name: 'trends',
  inputs: '<files, folders or zips…>',
  summary: 'comparisons, exact Poisson intervals, exceedance',
  flags: [
    {
      name: 'month',
      value: 'YYYY-MM',
      description: 'reporting month (default: the latest with data)',
      accepts: isMonth,
    },
    {
      name: 'year-start',
      value: 'MM',
      description: 'first month of the year for year to date (default 04; 01 for calendar years)',
      accepts: (value) => /^(0?[1-9]|1[0-2])$/.test(value),
    },
    {
      name: 'areas',
      value: 'district|lsoa',
      description: 'also compare per area',
      accepts: (value) => value === 'district' || value === 'lsoa',
    },
    JSON_FLAG,
  ],
  run: trendsCommand,
};

/** Every comparison per category with its exact Poisson interval, exceedance and seasonality. */
async function trendsCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { month, areas } = options.flags;
  const { problems } = await loadForAnalysis(db, options.inputs);
  const report = await trendsReport(db, {
    reportingMonth: month ?? null,
    yearStartMonth: Number(options.flags['year-start'] ?? '4'),
    areaLevel: (areas as TrendAreaLevel | undefined) ?? null,
  });
  if (options.json) {
    const json = { ...trendsJson(report), loadErrors: problems };
    return { stdout: JSON.stringify(json, null, 2), problems };
  }
  return {
    stdout: [...trendsText(report), ...problems.map((e) => `ERROR ${e}`)].join('\n'),
    problems,
  };
}

/** The documented JSON shape of `cli trends --json` (see README). */
export function trendsJson(report: TrendsReport) {
  return {
    reportingMonth: report.reportingMonth,
    yearStartMonth: report.yearStartMonth,
    missingMonths: report.missingMonths,
    missingRuns: monthRuns(report.missingMonths),
    sources: report.sources.map(({ source, first, last, missingMonths }) => ({
      source,
      first,
      last,
      missingMonths,
    })),
    categories: report.categories.map((c) => ({
      ...trendJson(c),
      exceedance: exceedanceJson(c.exceedance),
      seasonalExceedance: c.seasonalExceedance && {
        ...exceedanceJson(c.seasonalExceedance),
        seasonalIndices: c.seasonalExceedance.indices,
        years: c.seasonalExceedance.years,
      },
      seasonal: seasonalJson(c, report.reportingMonth),
    })),
    ...(report.areas.length > 0 ? { areas: report.areas.map(trendJson) } : {}),
  };
}

function trendJson(trend: CategoryTrend) {
  return {
    category: trend.category,
    label: trend.label,
    parent: trend.parent,
    area: trend.area,
    comparisons: Object.fromEntries(
      COMPARISON_KINDS.map((kind) => [
        kind,
        { ...comparisonJson(trend.comparisons[kind]), sentence: trend.sentences[kind] },
      ]),
    ),
  };
}

/** Infinity and NaN are not JSON: an unbounded or undefined ratio is written as null. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function comparisonJson(c: PeriodComparison) {
  const period = (p: PeriodComparison['current']) => ({
    ...p.window,
    count: p.count,
    missingMonths: p.missingMonths,
  });
  return {
    current: period(c.current),
    previous: period(c.previous),
    ...(c.likeForLike && { likeForLike: likeForLikeJson(c.likeForLike) }),
    change: c.change,
    percentChange: c.percentChange,
    rateRatio: rateRatioJson(c.rateRatio),
    significant: c.significant,
    incomplete: c.incomplete,
    missingMonths: c.missingMonths,
    smallNumbers: c.smallNumbers,
    verdict: c.verdict,
  };
}

function rateRatioJson(r: PeriodComparison['rateRatio']) {
  return {
    estimate: finite(r.estimate),
    lower: finite(r.lower),
    upper: finite(r.upper),
    confidenceLevel: r.confidenceLevel,
  };
}

function likeForLikeJson(like: LikeForLike) {
  return {
    current: like.current,
    previous: like.previous,
    rateRatio: rateRatioJson(like.rateRatio),
    months: like.months,
  };
}

function exceedanceJson(exceedance: CategoryTrendDetail['exceedance']) {
  if (!exceedance) return null;
  const { chart, signals } = exceedance;
  return {
    baseline: chart.baseline,
    baselinePointCount: chart.baselinePointCount,
    shortBaseline: chart.shortBaseline,
    mean: chart.mean,
    averageMovingRange: chart.averageMovingRange,
    upperProcessLimit: chart.upperProcessLimit,
    lowerProcessLimit: chart.lowerProcessLimit,
    upperTwoSigma: chart.upperTwoSigma,
    lowerTwoSigma: chart.lowerTwoSigma,
    signals,
  };
}

function seasonalJson(c: CategoryTrendDetail, month: string | null) {
  const point = c.seasonal.find((p) => p.month === month);
  return point ?? null;
}

function trendsText(report: TrendsReport): string[] {
  const runs = monthRuns(report.missingMonths).map((r) =>
    r.from === r.to ? r.from : `${r.from} … ${r.to}`,
  );
  return [
    `Reporting month: ${report.reportingMonth ?? '-'}; year starts in month ${report.yearStartMonth}`,
    `Missing months (no data, not zero): ${runs.join('; ') || 'none'}`,
    ...report.categories.flatMap((c) => [
      '',
      `${c.label}:`,
      ...COMPARISON_KINDS.map((k) => `  ${c.sentences[k]}`),
    ]),
  ];
}
