import { monthLabel } from '../../analytics/months';
import type { TrendAreaLevel } from '../../sql/trends';

/** The reporting choices shared by the Trends and Board views. */
export interface ReportingChoice {
  /** null = the latest month with data. */
  reportingMonth: string | null;
  /** 4 = financial year (April), 1 = calendar year. */
  yearStartMonth: number;
  areaLevel: TrendAreaLevel;
}

interface Props {
  choice: ReportingChoice;
  months: readonly string[];
  /** The filter's "To" month, which is the reporting month unless one is chosen here. */
  filterTo: string | null;
  onChange: (choice: ReportingChoice) => void;
}

/**
 * The one rule for a view's reporting month, in words: the month chosen here; else the filter's
 * "To" month; else the latest month with data.
 */
export function reportingMonthRule(
  choice: ReportingChoice,
  filterTo: string | null,
  months: readonly string[],
): { month: string | null; reason: string } {
  if (choice.reportingMonth) return { month: choice.reportingMonth, reason: 'chosen here' };
  if (filterTo) return { month: filterTo, reason: 'the filter’s “To” month' };
  return { month: months.at(-1) ?? null, reason: 'the latest month with data' };
}

/** Reporting month, year start and the level of areas. */
export function ReportingControls({ choice, months, filterTo, onChange }: Props) {
  const automatic = reportingMonthRule({ ...choice, reportingMonth: null }, filterTo, months);
  return (
    <div className="reporting-controls no-print">
      <label>
        Reporting month{' '}
        <select
          data-testid="reporting-month"
          value={choice.reportingMonth ?? ''}
          onChange={(e) => onChange({ ...choice, reportingMonth: e.target.value || null })}
        >
          <option value="">
            {automatic.month ? monthLabel(automatic.month) : '–'} ({automatic.reason})
          </option>
          {choice.reportingMonth && !months.includes(choice.reportingMonth) && (
            <option value={choice.reportingMonth}>{choice.reportingMonth} (no data)</option>
          )}
          {[...months].reverse().map((m) => (
            <option key={m} value={m}>
              {monthLabel(m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Year{' '}
        <select
          value={choice.yearStartMonth}
          onChange={(e) => onChange({ ...choice, yearStartMonth: Number(e.target.value) })}
        >
          <option value={4}>financial (April–March)</option>
          <option value={1}>calendar (January–December)</option>
        </select>
      </label>
      <label>
        Areas{' '}
        <select
          data-testid="area-level"
          value={choice.areaLevel}
          onChange={(e) => onChange({ ...choice, areaLevel: e.target.value as TrendAreaLevel })}
        >
          <option value="district">districts</option>
          <option value="lsoa">LSOAs (small areas)</option>
        </select>
      </label>
    </div>
  );
}
