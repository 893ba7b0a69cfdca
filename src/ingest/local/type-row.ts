import type { CodeTarget } from './code-mapping';
import { normaliseCode } from './code-mapping';
import type { ColumnRole } from './column-mapping';
import { resolveLocation } from './coordinates';
import type { DateFormat } from './date-parse';
import { parseDateTime } from './date-parse';
import type { StagedRow } from './staged-row';
import { monthStartText, parseTimeOfDay, timestampText } from './time-of-day';

/** Everything fixed for a whole file that typing one row needs. */
export interface RowTypingContext {
  positions: Partial<Record<ColumnRole, number>>;
  headerWidth: number;
  dateFormat: DateFormat;
  codes: Map<string, CodeTarget>;
  defaultSource: string;
  /** Joins cells back into a line for the report (the file's delimiter). */
  delimiter: string;
}

const LSOA_CODE = /^[EWS]0[12]\d{6}$/;

function rawText(cells: readonly string[], delimiter: string): string {
  return cells.join(delimiter).slice(0, 500);
}

/**
 * Types one data row: date (+ separate time), code → category, coordinates → both systems,
 * and decides whether it is held back (with the reason) or loaded (possibly with a warning).
 */
export function typeRow(
  cells: readonly string[],
  line: number,
  record: number,
  ctx: RowTypingContext,
): StagedRow {
  const cell = (role: ColumnRole): string | undefined => {
    const at = ctx.positions[role];
    return at === undefined ? undefined : (cells[at] ?? '').trim();
  };
  const row: StagedRow = {
    record, line, source: cell('sourceName') || ctx.defaultSource, ref: cell('reference') ?? '',
    month: '', occurredAt: '', longitude: NaN, latitude: NaN, easting: NaN, northing: NaN,
    unlocatedReason: '', location: cell('location') ?? '', lsoaCode: '', lsoaName: '',
    originalType: cell('category') ?? '', category: '', context: '',
    heldKind: '', heldReason: '', warnKind: '', warnReason: '', raw: '',
  };
  const lsoa = cell('lsoa') ?? '';
  if (LSOA_CODE.test(lsoa)) row.lsoaCode = lsoa;
  else row.lsoaName = lsoa;

  const hold = (kind: StagedRow['heldKind'], reason: string): StagedRow => {
    row.heldKind = kind;
    row.heldReason = reason;
    row.raw = rawText(cells, ctx.delimiter);
    return row;
  };
  const extra = cells.slice(ctx.headerWidth).filter((c) => c.trim() !== '');
  if (extra.length > 0) return hold('malformed-row', `${cells.length} fields but the header has ${ctx.headerWidth}`);

  const dateText = cell('date') ?? '';
  const date = parseDateTime(dateText, ctx.dateFormat);
  if (!date.ok) return hold('unparseable-date', dateText === '' ? 'no date' : `date "${dateText}": ${date.reason}`);
  const parts = { ...date.value };
  const timeText = cell('time');
  if (timeText !== undefined && timeText !== '') {
    const time = parseTimeOfDay(timeText);
    if (time) Object.assign(parts, time, { hasTime: true });
    else {
      row.warnKind = 'unreadable-time';
      row.warnReason = `time "${timeText}" could not be read`;
      row.raw = timeText;
    }
  }
  row.month = monthStartText(parts);
  row.occurredAt = timestampText(parts);

  if (row.originalType === '') return hold('missing-category', 'no category or code');
  const target = ctx.codes.get(normaliseCode(row.originalType));
  if (!target) return hold('unmapped-code', `code "${row.originalType}" is not in the code mapping`);
  row.category = target.category;
  const ward = cell('ward');
  row.context = [ward ? `Ward: ${ward}` : '', target.hateStrand ? `Hate strand: ${target.hateStrand}` : '']
    .filter(Boolean)
    .join('; ');

  const place = resolveLocation({
    easting: cell('easting'), northing: cell('northing'), gridReference: cell('gridReference'),
    longitude: cell('longitude'), latitude: cell('latitude'),
  });
  Object.assign(row, {
    longitude: place.longitude, latitude: place.latitude, easting: place.easting, northing: place.northing,
    unlocatedReason: place.unlocatedReason ?? '',
  });
  if (place.impossible) {
    row.warnKind = 'impossible-coordinates';
    row.warnReason = place.unlocatedReason ?? '';
    row.raw = ['easting', 'northing', 'gridReference', 'longitude', 'latitude']
      .map((r) => cell(r as ColumnRole))
      .filter((v): v is string => v !== undefined && v !== '')
      .join(' ');
  }
  return row;
}
