import { describe, expect, it } from 'vitest';
import { detectDateFormat } from '../../../src/ingest/local/date-format';
import { parseDateTime } from '../../../src/ingest/local/date-parse';
import type { DateFormat } from '../../../src/ingest/local/date-parse';
import { parseTimeOfDay, timestampText } from '../../../src/ingest/local/time-of-day';

function read(text: string, format: DateFormat = 'day-first'): string {
  const parsed = parseDateTime(text, format);
  return parsed.ok ? timestampText(parsed.value) : `error: ${parsed.reason}`;
}

describe('reading dates', () => {
  it.each([
    ['03/01/2024', '2024-01-03 00:00:00'],
    ['03/01/2024 09:15', '2024-01-03 09:15:00'],
    ['03-01-2024 09:15:30', '2024-01-03 09:15:30'],
    ['03.01.2024', '2024-01-03 00:00:00'],
    ['3/1/24', '2024-01-03 00:00:00'],
    ['3/1/99', '1999-01-03 00:00:00'],
    ['2024-01-03', '2024-01-03 00:00:00'],
    ['2024-01-03T21:07', '2024-01-03 21:07:00'],
    ['2024-01-03T21:07:09', '2024-01-03 21:07:09'],
    ['2024-01-03 21:07:09.123Z', '2024-01-03 21:07:09'],
    ['3 Jan 2024', '2024-01-03 00:00:00'],
    ['03-Jan-24 1:30 pm', '2024-01-03 13:30:00'],
  ])('day-first column: %s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads the same numeric date the other way round only when the column is month-first', () => {
    expect(read('03/01/2024', 'month-first')).toBe('2024-03-01 00:00:00');
    expect(read('2024-01-03', 'month-first')).toBe('2024-01-03 00:00:00');
  });

  it('reads Excel serial day numbers (with fractions as times) when the column is Excel serial', () => {
    expect(read('45306', 'excel-serial')).toBe('2024-01-15 00:00:00');
    expect(read('45306.75', 'excel-serial')).toBe('2024-01-15 18:00:00');
    expect(read('45306', 'day-first')).toMatch(/^error: a number, not a date/);
  });

  it.each([
    ['31/02/2024', 'day 31 does not exist in 2024-02'],
    ['29/02/2023', 'day 29 does not exist in 2023-02'],
    ['2024-13-01', 'month 13 does not exist'],
    ['yesterday', 'not a date in a known format'],
    ['', 'no date'],
    ['01/01/2024 25:00', 'the time is not valid'],
  ])('%s cannot be read: %s', (text, reason) => {
    expect(read(text)).toBe(`error: ${reason}`);
  });
});

describe('choosing the format from the whole column', () => {
  it('is day-first when any first part is over 12, wherever it is in the column', () => {
    const values = [...Array(500).fill('01/02/2024'), '13/02/2024'];
    const result = detectDateFormat(values);
    expect(result.format).toBe('day-first');
    expect(result.assumedDayFirst).toBe(false);
  });

  it('is month-first when a second part is over 12 and no first part is', () => {
    expect(detectDateFormat(['01/02/2024', '02/13/2024']).format).toBe('month-first');
  });

  it('assumes UK day-first when every value is ambiguous, and says so', () => {
    const result = detectDateFormat(['01/02/2024', '03/04/2024', '12/12/2024']);
    expect(result).toMatchObject({ format: 'day-first', assumedDayFirst: true });
    expect(result.reason).toMatch(/assumed UK day-first/);
  });

  it('reads ISO and Excel serial columns as such', () => {
    expect(detectDateFormat(['2024-01-02T10:00', '2024-02-03']).format).toBe('iso');
    expect(detectDateFormat(['45306', '45307.5', '']).format).toBe('excel-serial');
  });

  it('holds conflicting columns to day-first and explains the conflict', () => {
    const result = detectDateFormat(['13/01/2024', '01/13/2024']);
    expect(result.format).toBe('day-first');
    expect(result.reason).toMatch(/^mixed/);
  });
});

describe('separate time columns', () => {
  it.each([
    ['13:45', '13:45:00'],
    ['13:45:10', '13:45:10'],
    ['1:45 pm', '13:45:00'],
    ['0015', '00:15:00'],
    ['0.5', '12:00:00'],
    ['1899-12-30T13:45:00', '13:45:00'],
  ])('%s → %s', (text, expected) => {
    const t = parseTimeOfDay(text);
    expect(t && [t.hour, t.minute, t.second].map((n) => String(n).padStart(2, '0')).join(':')).toBe(
      expected,
    );
  });

  it('refuses impossible times', () => {
    expect(parseTimeOfDay('2575')).toBeNull();
    expect(parseTimeOfDay('noon')).toBeNull();
  });
});
