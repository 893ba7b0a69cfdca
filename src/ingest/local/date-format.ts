import type { DateFormat } from './date-parse';
import { EXCEL_SERIAL, ISO_DATE, NAMED_MONTH_DATE, NUMERIC_DATE } from './date-parse';

/** The user's choice on the mapping form: detect from the data, or a fixed format. */
export type DateFormatChoice = 'auto' | DateFormat;

/** The format chosen for a whole column and why, in words the user can check. */
export interface DateFormatDetection {
  format: DateFormat;
  reason: string;
  /** True when every numeric date could be read both ways and UK day-first was assumed. */
  assumedDayFirst: boolean;
}

/**
 * Collects evidence from every value of a date column, then decides one format for the column:
 * a first part over 12 anywhere means day-first; a second part over 12 means month-first; when
 * every value is ambiguous the UK day-first order is assumed and the reason says so.
 */
export class DateFormatDetector {
  private iso = 0;
  private numeric = 0;
  private named = 0;
  private serial = 0;
  private dayFirstOnly = 0;
  private monthFirstOnly = 0;
  private dayFirstExample = '';
  private monthFirstExample = '';

  /** Adds one value of the column. */
  add(raw: string): void {
    const text = raw.trim();
    if (text === '') return;
    if (ISO_DATE.test(text)) this.iso++;
    else if (NAMED_MONTH_DATE.test(text)) this.named++;
    else if (EXCEL_SERIAL.test(text)) this.serial++;
    else {
      const m = NUMERIC_DATE.exec(text);
      if (!m) return;
      this.numeric++;
      const [first, second] = [Number(m[1]), Number(m[2])];
      if (first > 12 && second <= 12) {
        this.dayFirstOnly++;
        this.dayFirstExample ||= text;
      } else if (second > 12 && first <= 12) {
        this.monthFirstOnly++;
        this.monthFirstExample ||= text;
      }
    }
  }

  /** The decision for the column. */
  result(): DateFormatDetection {
    const seen = this.iso + this.numeric + this.named + this.serial;
    if (seen === 0) {
      return {
        format: 'day-first',
        reason: 'no readable dates found; assumed UK day-first',
        assumedDayFirst: true,
      };
    }
    if (this.serial > seen / 2) {
      return {
        format: 'excel-serial',
        reason: `${this.serial} of ${seen} dates are Excel serial day numbers`,
        assumedDayFirst: false,
      };
    }
    if (this.numeric === 0) {
      const what = this.iso >= this.named ? 'ISO YYYY-MM-DD' : 'written with month names';
      return {
        format: this.iso >= this.named ? 'iso' : 'day-first',
        reason: `dates are ${what}`,
        assumedDayFirst: false,
      };
    }
    const d = this.dayFirstOnly;
    const m = this.monthFirstOnly;
    if (d > 0 && m === 0) {
      return {
        format: 'day-first',
        reason: `day-first: ${d} date(s) such as "${this.dayFirstExample}" have a first part over 12`,
        assumedDayFirst: false,
      };
    }
    if (m > 0 && d === 0) {
      return {
        format: 'month-first',
        reason: `month-first (US): ${m} date(s) such as "${this.monthFirstExample}" have a second part over 12`,
        assumedDayFirst: false,
      };
    }
    if (d > 0 && m > 0) {
      return {
        format: 'day-first',
        reason: `mixed: ${d} date(s) only valid day-first (e.g. "${this.dayFirstExample}") and ${m} only valid month-first (e.g. "${this.monthFirstExample}"); read as UK day-first, the others are held back`,
        assumedDayFirst: false,
      };
    }
    return {
      format: 'day-first',
      reason: `all ${this.numeric} numeric dates could be day-first or month-first (no part over 12): assumed UK day-first (DD/MM/YYYY); override if the system writes US dates`,
      assumedDayFirst: true,
    };
  }
}

/** Detects the format of a column from all its values at once (small inputs, tests, previews). */
export function detectDateFormat(values: Iterable<string>): DateFormatDetection {
  const detector = new DateFormatDetector();
  for (const value of values) detector.add(value);
  return detector.result();
}
