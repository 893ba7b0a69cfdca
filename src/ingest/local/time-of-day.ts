import type { DateTimeParts } from './date-parse';

/** A time of day read from a separate time column. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?$/;
const COMPACT = /^(\d{2})(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2}))?/;
const FRACTION = /^0?\.\d+$|^0$/;

/**
 * Reads a time column value: `13:45`, `13:45:10`, `1:45 pm`, `1345` (command-and-control logs),
 * an Excel time fraction (`0.5729`) or an Excel time cell read as `1899-12-30T13:45:00`.
 */
export function parseTimeOfDay(raw: string): TimeOfDay | null {
  const text = raw.trim();
  let hour: number;
  let minute: number;
  let second = 0;
  let m = CLOCK.exec(text) ?? ISO_TIME.exec(text);
  if (m) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    second = m[3] === undefined ? 0 : Number(m[3]);
    const ampm = m[4];
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
    }
  } else if ((m = COMPACT.exec(text))) {
    hour = Number(m[1]);
    minute = Number(m[2]);
  } else if (FRACTION.test(text)) {
    const seconds = Math.round(Number(text) * 86_400);
    hour = Math.floor(seconds / 3600);
    minute = Math.floor((seconds % 3600) / 60);
    second = seconds % 60;
  } else return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD HH:MM:SS` for DuckDB's TIMESTAMP (a date without a time is midnight). */
export function timestampText(p: DateTimeParts): string {
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

/** `YYYY-MM-01`: the incident's month as stored in `incidents.month`. */
export function monthStartText(p: DateTimeParts): string {
  return `${p.year}-${two(p.month)}-01`;
}
