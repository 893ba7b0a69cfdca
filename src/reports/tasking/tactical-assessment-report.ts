import type { DuckConnector } from '../../db/connector';
import { monthLabel } from '../../analytics/months';
import type { PeriodComparison, PeriodTotal } from '../../analytics/trends/periodComparison';
import type { SpecialCauseSignal } from '../../analytics/trends/specialCauseRules';
import type { IncidentFilter } from '../../sql/filters';
import { coveredMonthsSql } from '../../sql/hotspots';
import type { MonthId } from '../../tasking/tasking-state';
import type {
  AssessmentCategory,
  AssessmentComparison,
  AssessmentExceedance,
  AssessmentPeriod,
  TacticalAssessment,
} from '../../tasking/pack/tactical-assessment';
import { ASSESSMENT_COMPARISONS } from '../../tasking/pack/tactical-assessment';
import type { CategoryTrendDetail } from '../trends-report';
import { trendsReport } from '../trends-report';

/**
 * Figures by category for the meeting month's data month (the latest month with data up to it), from the trends report (one set of SQL and one set of
 * comparisons for the Trends view, `cli trends` and the pack): this month against last month and
 * the same month last year, the rolling 12 months against the 12 before, each with its exact
 * Poisson interval, and the XmR exceedance signal at the month.
 */
export async function tacticalAssessmentReport(
  db: DuckConnector,
  meetingMonth: MonthId,
  filter?: IncidentFilter,
): Promise<TacticalAssessment> {
  const covered = await db.query<{ month: string }>(
    coveredMonthsSql({ ...filter, fromMonth: null, toMonth: meetingMonth }),
  );
  const month = covered.at(-1)?.month ?? meetingMonth;
  const report = await trendsReport(db, { reportingMonth: month, filter });
  return {
    month,
    categories: report.categories.map((c) => assessmentCategory(c, month)),
    missingMonths: report.missingMonths,
    sources: report.sources.map((s) =>
      s.first && s.last
        ? `${s.source}: ${monthLabel(s.first)} – ${monthLabel(s.last)}` +
          (s.missingMonths.length > 0 ? ` (no data for ${s.missingMonths.length} months)` : '')
        : `${s.source}: no months`,
    ),
  };
}

function assessmentCategory(c: CategoryTrendDetail, month: MonthId): AssessmentCategory {
  const comparisons = Object.fromEntries(
    ASSESSMENT_COMPARISONS.map((kind) => [
      kind,
      assessmentComparison(c.comparisons[kind], c.sentences[kind]),
    ]),
  ) as AssessmentCategory['comparisons'];
  return {
    category: c.category,
    label: c.label,
    parent: c.parent,
    comparisons,
    exceedance: exceedanceAt(c, month),
  };
}

function assessmentComparison(c: PeriodComparison, sentence: string): AssessmentComparison {
  const current = period(c.current);
  const previous = period(c.previous);
  const ratio = c.rateRatio;
  const usable = current.count !== null && previous.count !== null && !Number.isNaN(ratio.estimate);
  return {
    current,
    previous,
    rateRatio: usable ? { estimate: ratio.estimate, lower: ratio.lower, upper: ratio.upper } : null,
    significant: c.significant,
    verdict: c.verdict,
    sentence,
  };
}

/** A period with no month of data has no count: null, never 0 (as the trends report gives it). */
function period(total: PeriodTotal): AssessmentPeriod {
  return {
    from: total.window.first,
    to: total.window.last,
    count: total.count,
    missingMonths: total.missingMonths,
  };
}

const RULES: Record<SpecialCauseSignal['rule'], string> = {
  pointBeyondLimit: 'beyond a process limit',
  shift: 'part of a shift (7 or more months on one side of the mean)',
  trend: 'part of a trend (7 or more months rising or falling)',
  twoOfThreeNearLimit: 'two of three months near a process limit',
};

/** Against the seasonal expectation where two years allow, else against all months alike. */
function exceedanceAt(c: CategoryTrendDetail, month: MonthId): AssessmentExceedance {
  const exceedance = c.seasonalExceedance ?? c.exceedance;
  if (!exceedance) return { signal: null, description: 'too few months for process limits' };
  const basis = c.seasonalExceedance ? ', seasonally adjusted' : '';
  const signal = exceedance.signals.find((s) => s.months.includes(month));
  if (!signal) {
    const covered = exceedance.chart.points.some((p) => p.month === month && p.value !== null);
    return {
      signal: null,
      description: covered ? `common-cause variation${basis}` : 'no data for the month',
    };
  }
  const direction = signal.direction === 'up' ? 'high' : 'low';
  return { signal: signal.assessment, description: `${direction}: ${RULES[signal.rule]}${basis}` };
}
