import { useMemo } from 'react';
import { monthLabel } from '../../analytics/months';
import type {
  SpecialCauseRule,
  SpecialCauseSignal,
} from '../../analytics/trends/specialCauseRules';
import { EChart } from '../../components/EChart';
import type { CategoryTrendDetail } from '../../reports/trends-report';
import { SIGNAL_COLOURS, xmrOption } from './xmr-option';

const RULES: Record<SpecialCauseRule, string> = {
  pointBeyondLimit: 'a point beyond a process limit',
  shift: 'a shift: 7 or more months in a row on one side of the mean',
  trend: 'a trend: 7 or more months in a row rising or falling',
  twoOfThreeNearLimit: 'two of three months beyond two sigma',
};

/** The exceedance (XmR) chart for one category and the months that triggered each rule. */
export function ExceedancePanel({ trend }: { trend: CategoryTrendDetail }) {
  const exceedance = trend.exceedance;
  const option = useMemo(
    () => (exceedance ? xmrOption(trend.label, exceedance.chart, exceedance.signals) : null),
    [trend.label, exceedance],
  );
  if (!exceedance || !option) {
    return <p className="muted">Too few months with data for an XmR chart of {trend.label}.</p>;
  }
  const { chart, signals } = exceedance;
  return (
    <div className="exceedance" data-testid="exceedance-panel">
      <EChart option={option} testId="xmr-chart" height={260} />
      <p className="muted">
        Mean {chart.mean.toFixed(1)} a month from {chart.baselinePointCount} months with data;
        process limits {Math.max(0, chart.lowerProcessLimit).toFixed(1)}–
        {chart.upperProcessLimit.toFixed(1)}.
        {chart.shortBaseline && ' Fewer than 20 months: the limits are provisional.'}
      </p>
      {signals.length === 0 ? (
        <p>No special-cause variation: the months vary within normal limits.</p>
      ) : (
        <ul className="signal-list">
          {signals.map((s, i) => (
            <li key={i}>
              <span className="swatch" style={{ background: SIGNAL_COLOURS[s.assessment] }} />{' '}
              {describeSignal(s)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function describeSignal(signal: SpecialCauseSignal): string {
  const first = signal.months[0] ?? '';
  const last = signal.months.at(-1) ?? first;
  const when = first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`;
  const direction = signal.direction === 'up' ? 'high' : 'low';
  return `${when}: ${RULES[signal.rule]} (${direction}, ${signal.assessment}).`;
}
