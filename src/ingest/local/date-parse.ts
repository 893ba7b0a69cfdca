/**
 * How the dates in a column are written. Only the order of day and month in `12/03/2024`-style
 * values is ever in doubt; ISO dates and dates with month names are read whatever the choice.
 */
export type DateFormat = 'day-first' | 'month-first' | 'iso' | 'excel-serial';

/** A calendar date with an optional time of day, as written (no time zone arithmetic). */
export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
}

export type DateParse = { ok: true; value: DateTimeParts } | { ok: false; reason: string };

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?`;
export const ISO_DATE = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)${TIME})?\s*(?:Z|[+-]\d{2}:?\d{2})?$`,
);
export const NUMERIC_DATE = new RegExp(
  String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:(?:T|\s+|,\s*)${TIME})?$`,
);
export const NAMED_MONTH_DATE = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([A-Za-z]{3,9})[\s/,-]+(\d{4}|\d{2})(?:(?:T|\s+|,\s*)${TIME})?$`,
);
export const EXCEL_SERIAL = /^\d{4,5}(?:\.\d+)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Excel's day 0 (its 1900 leap-year bug makes 1899-12-30 the right epoch for dates after Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function withTime(
  date: { year: number; month: number; day: number },
  groups: (string | undefined)[],
): DateParse {
  const [h, m, s, ampm] = groups;
  let hour = h === undefined ? 0 : Number(h);
  if (ampm) {
    if (hour < 1 || hour > 12) return { ok: false, reason: `hour ${hour} with ${ampm}` };
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  const value: DateTimeParts = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour,
    minute: m === undefined ? 0 : Number(m),
    second: s === undefined ? 0 : Number(s),
    hasTime: h !== undefined,
  };
  return checkParts(value);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function checkParts(value: DateTimeParts): DateParse {
  const { year, month, day, hour, minute, second } = value;
  if (year < 1900 || year > 2100) return { ok: false, reason: `year ${year} is out of range` };
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`,
    };
  }
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, reason: 'the time is not valid' };
  return { ok: true, value };
}

/** Converts an Excel serial day number (e.g. 45306.5) to date and time, to the nearest second. */
export function excelSerialToParts(serial: number): DateTimeParts {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    hasTime: serial % 1 !== 0,
  };
}

/**
 * Reads one date (with optional time) in the column's format. The format only decides the order
 * of day and month in numeric dates; it is chosen for the whole column, never per value.
 */
export function parseDateTime(raw: string, format: DateFormat): DateParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'no date' };
  let m = ISO_DATE.exec(text);
  if (m) {
    return withTime({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m.slice(4));
  }
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const monthFirst = format === 'month-first';
    const date = {
      year: fullYear(m[3] as string),
      month: monthFirst ? first : second,
      day: monthFirst ? second : first,
    };
    return withTime(date, m.slice(4));
  }
  m = NAMED_MONTH_DATE.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[2] as string).slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return { ok: false, reason: `"${m[2]}" is not a month` };
    return withTime({ year: fullYear(m[3] as string), month, day: Number(m[1]) }, m.slice(4));
  }
  if (EXCEL_SERIAL.test(text)) {
    if (format !== 'excel-serial') {
      return {
        ok: false,
        reason:
          'a number, not a date (choose "Excel serial" if the column holds Excel day numbers)',
      };
    }
    return checkParts(excelSerialToParts(Number(text)));
  }
  return { ok: false, reason: 'not a date in a known format' };
}
