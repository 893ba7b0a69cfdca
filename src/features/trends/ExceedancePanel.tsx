import { useId, useMemo, useState } from 'react';
import { monthLabel } from '../../analytics/months';
import type {
  SpecialCauseRule,
  SpecialCauseSignal,
} from '../../analytics/trends/specialCauseRules';
import { EChart } from '../../components/EChart';
import { StatHelp } from '../../components/StatHelp';
import type { CategoryTrendDetail } from '../../reports/trends-report';
import { SIGNAL_COLOURS, xmrOption } from './xmr-option';

const RULES: Record<SpecialCauseRule, string> = {
  pointBeyondLimit: 'a point beyond a process limit',
  shift: 'a shift: 7 or more months in a row on one side of the mean',
  trend: 'a trend: 7 or more months in a row rising or falling',
  twoOfThreeNearLimit: 'two of three months beyond two sigma',
};

const CALENDAR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

type Basis = 'seasonal' | 'plain';

/**
 * The exceedance (XmR) chart for one category and the months that triggered each rule: against
 * the seasonal expectation where two years of data allow (the default then), or every month alike.
 */
export function ExceedancePanel({ trend }: { trend: CategoryTrendDetail }) {
  const seasonal = trend.seasonalExceedance;
  const [chosen, setChosen] = useState<Basis>('seasonal');
  const basis: Basis = seasonal ? chosen : 'plain';
  const exceedance = basis === 'seasonal' ? seasonal : trend.exceedance;
  const name = useId();
  const title = basis === 'seasonal' ? `${trend.label}, seasonally adjusted` : `${trend.label}`;
  const option = useMemo(
    () => (exceedance ? xmrOption(title, exceedance.chart, exceedance.signals) : null),
    [title, exceedance],
  );
  if (!exceedance || !option) {
    return <p className="muted">Too few months with data for an XmR chart of {trend.label}.</p>;
  }
  const { chart, signals } = exceedance;
  return (
    <div className="exceedance" data-testid="exceedance-panel" data-basis={basis}>
      {seasonal ? (
        <fieldset className="exceedance-basis">
          <legend>Compare each month with</legend>
          <label>
            <input
              type="radio"
              name={name}
              checked={basis === 'seasonal'}
              onChange={() => setChosen('seasonal')}
            />{' '}
            the season (allowing for the time of year, from {seasonal.years} years)
          </label>
          <label>
            <input
              type="radio"
              name={name}
              checked={basis === 'plain'}
              onChange={() => setChosen('plain')}
            />{' '}
            every month alike
          </label>
        </fieldset>
      ) : (
        <p className="muted" data-testid="exceedance-basis-note">
          Every month is compared alike: the season cannot be allowed for until each calendar month
          has two years of data.
        </p>
      )}
      <EChart option={option} testId="xmr-chart" height={260} />
      <p className="muted">
        {basis === 'seasonal'
          ? `Seasonally adjusted: each month divided by how busy that calendar month usually is (${seasonalSummary(seasonal?.indices ?? [])}). `
          : ''}
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
      <StatHelp term={basis === 'seasonal' ? 'seasonalExceedance' : 'exceedance'} />
    </div>
  );
}

/** The busiest and quietest calendar months, e.g. "Jul 1.31×, Jan 0.74×". */
function seasonalSummary(indices: readonly number[]): string {
  const ranked = indices.map((x, m) => ({ x, m })).sort((a, b) => b.x - a.x);
  const high = ranked[0];
  const low = ranked.at(-1);
  if (!high || !low) return '';
  return `busiest ${CALENDAR[high.m]} at ${high.x.toFixed(2)}× an average month, quietest ${CALENDAR[low.m]} at ${low.x.toFixed(2)}×`;
}

function describeSignal(signal: SpecialCauseSignal): string {
  const first = signal.months[0] ?? '';
  const last = signal.months.at(-1) ?? first;
  const when = first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`;
  const direction = signal.direction === 'up' ? 'high' : 'low';
  return `${when}: ${RULES[signal.rule]} (${direction}, ${signal.assessment}).`;
}
