import type { BoardPeriod } from '../../reports/board-report';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { oneOf, readParam, writeParam } from '../url-state/url-codec';

/** The board's comparison in the address: `compare=ytd`; the rolling 12 months when absent. */
export const BOARD_PERIOD_URL: UrlCodec<BoardPeriod> = {
  keys: ['compare'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const text = readParam(params, 'compare', oneOf(['12m', 'ytd']), '12m', ignored);
    return { value: text === 'ytd' ? 'yearToDate' : 'rolling12Months', ignored };
  },
  write(period, params) {
    writeParam(params, 'compare', period === 'yearToDate' ? 'ytd' : null);
  },
};
