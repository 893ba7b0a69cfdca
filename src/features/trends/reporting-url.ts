import type { TrendAreaLevel } from '../../sql/trends';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { month, oneOf, readParam, writeParam } from '../url-state/url-codec';
import type { ReportingChoice } from './ReportingControls';

/** A reporting choice whose level of areas may be left to the view (null). */
export interface UrlReportingChoice extends Omit<ReportingChoice, 'areaLevel'> {
  areaLevel: TrendAreaLevel | null;
}

const YEARS = { financial: 4, calendar: 1 } as const;
const LEVELS: readonly TrendAreaLevel[] = ['district', 'lsoa'];

/**
 * The reporting choice of the Trends and Board views in the address: `month` (YYYY-MM; latest
 * when absent), `year=calendar` (financial when absent) and `level=district|lsoa`.
 */
export const REPORTING_URL: UrlCodec<UrlReportingChoice> = {
  keys: ['month', 'year', 'level'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const year = readParam(params, 'year', oneOf(['financial', 'calendar']), 'financial', ignored);
    const value: UrlReportingChoice = {
      reportingMonth: readParam(params, 'month', month, null, ignored),
      yearStartMonth: YEARS[year],
      areaLevel: readParam(params, 'level', oneOf(LEVELS), null, ignored),
    };
    return { value, ignored };
  },
  write(choice, params) {
    writeParam(params, 'month', choice.reportingMonth);
    writeParam(params, 'year', choice.yearStartMonth === YEARS.calendar ? 'calendar' : null);
    writeParam(params, 'level', choice.areaLevel);
  },
};
