import type { CodeTarget } from './code-mapping';
import { normaliseCode } from './code-mapping';
import type { ColumnRole } from './column-mapping';
import { resolveLocation } from './coordinates';
import type { DateFormat } from './date-parse';
import { parseDateTime } from './date-parse';
import type { MonthRange } from '../plausible-months';
import { monthOutside } from '../plausible-months';
import type { StagedRow } from './staged-row';
import { monthStartText, parseTimeOfDay, timestampText } from './time-of-day';
import type { HeldBackKind } from './validation-issues';

/** Everything fixed for a whole file that typing one row needs. */
export interface RowTypingContext {
  positions: Partial<Record<ColumnRole, number>>;
  headerWidth: number;
  dateFormat: DateFormat;
  codes: Map<string, CodeTarget>;
  defaultSource: string;
  /** Months outside this range are held back as implausible (1899, 2099…). */
  plausibleMonths: MonthRange;
  /** Joins cells back into a line for the report (the file's delimiter). */
  delimiter: string;
}

const LSOA_CODE = /^[EWS]0[12]\d{6}$/;
const COORDINATE_ROLES: readonly ColumnRole[] = [
  'easting',
  'northing',
  'gridReference',
  'longitude',
  'latitude',
];

/** A mapped cell, trimmed; undefined when the role is not mapped. */
function cellOf(
  cells: readonly string[],
  ctx: RowTypingContext,
  role: ColumnRole,
): string | undefined {
  const at = ctx.positions[role];
  return at === undefined ? undefined : (cells[at] ?? '').trim();
}

/** Code lookups repeat the same few texts a million times: remember each raw text's answer. */
const lookupCache = new WeakMap<Map<string, CodeTarget>, Map<string, CodeTarget | null>>();
function lookupCode(codes: Map<string, CodeTarget>, code: string): CodeTarget | null {
  let cache = lookupCache.get(codes);
  if (!cache) lookupCache.set(codes, (cache = new Map()));
  let target = cache.get(code);
  if (target === undefined) {
    target = codes.get(normaliseCode(code)) ?? null;
    if (cache.size < 10_000) cache.set(code, target);
  }
  return target;
}

function hold(
  row: StagedRow,
  cells: readonly string[],
  ctx: RowTypingContext,
  kind: HeldBackKind,
  reason: string,
): StagedRow {
  row.heldKind = kind;
  row.heldReason = reason;
  row.raw = cells.join(ctx.delimiter).slice(0, 500);
  return row;
}

/**
 * Types one data row: date (+ separate time), code → category, coordinates → both systems,
 * and decides whether it is held back (with the reason) or loaded (possibly with a warning).
 * A row the reader found `malformed` (why) is held back whatever its cells hold.
 */
export function typeRow(
  cells: readonly string[],
  line: number,
  record: number,
  ctx: RowTypingContext,
  malformed?: string,
): StagedRow {
  const lsoa = cellOf(cells, ctx, 'lsoa') ?? '';
  const isLsoaCode = LSOA_CODE.test(lsoa);
  const row: StagedRow = {
    record,
    line,
    source: cellOf(cells, ctx, 'sourceName') || ctx.defaultSource,
    ref: cellOf(cells, ctx, 'reference') ?? '',
    month: '',
    occurredAt: '',
    longitude: NaN,
    latitude: NaN,
    easting: NaN,
    northing: NaN,
    unlocatedReason: '',
    location: cellOf(cells, ctx, 'location') ?? '',
    lsoaCode: isLsoaCode ? lsoa : '',
    lsoaName: isLsoaCode ? '' : lsoa,
    originalType: cellOf(cells, ctx, 'category') ?? '',
    category: '',
    context: '',
    heldKind: '',
    heldReason: '',
    warnKind: '',
    warnReason: '',
    raw: '',
  };
  if (malformed) return hold(row, cells, ctx, 'malformed-row', malformed);
  for (let i = ctx.headerWidth; i < cells.length; i++) {
    if ((cells[i] as string).trim() !== '') {
      return hold(
        row,
        cells,
        ctx,
        'malformed-row',
        `${cells.length} fields but the header has ${ctx.headerWidth}`,
      );
    }
  }

  const dateText = cellOf(cells, ctx, 'date') ?? '';
  const date = parseDateTime(dateText, ctx.dateFormat);
  if (!date.ok)
    return hold(
      row,
      cells,
      ctx,
      'unparseable-date',
      dateText === '' ? 'no date' : `date "${dateText}": ${date.reason}`,
    );
  const parts = date.value;
  const timeText = cellOf(cells, ctx, 'time');
  if (timeText !== undefined && timeText !== '') {
    const time = parseTimeOfDay(timeText);
    if (time) {
      parts.hour = time.hour;
      parts.minute = time.minute;
      parts.second = time.second;
      parts.hasTime = true;
    } else {
      row.warnKind = 'unreadable-time';
      row.warnReason = `time "${timeText}" could not be read`;
      row.raw = timeText;
    }
  }
  row.month = monthStartText(parts);
  row.occurredAt = timestampText(parts);
  const outside = monthOutside(row.month.slice(0, 7), ctx.plausibleMonths);
  if (outside) return hold(row, cells, ctx, 'implausible-date', `date "${dateText}": ${outside}`);

  if (row.originalType === '')
    return hold(row, cells, ctx, 'missing-category', 'no category or code');
  const target = lookupCode(ctx.codes, row.originalType);
  if (!target)
    return hold(
      row,
      cells,
      ctx,
      'unmapped-code',
      `code "${row.originalType}" is not in the code mapping`,
    );
  row.category = target.category;
  const ward = cellOf(cells, ctx, 'ward');
  if (ward) row.context = `Ward: ${ward}`;
  if (target.hateStrand)
    row.context += `${row.context ? '; ' : ''}Hate strand: ${target.hateStrand}`;

  const place = resolveLocation({
    easting: cellOf(cells, ctx, 'easting'),
    northing: cellOf(cells, ctx, 'northing'),
    gridReference: cellOf(cells, ctx, 'gridReference'),
    longitude: cellOf(cells, ctx, 'longitude'),
    latitude: cellOf(cells, ctx, 'latitude'),
  });
  row.longitude = place.longitude;
  row.latitude = place.latitude;
  row.easting = place.easting;
  row.northing = place.northing;
  row.unlocatedReason = place.unlocatedReason ?? '';
  if (place.impossible) {
    row.warnKind = 'impossible-coordinates';
    row.warnReason = place.unlocatedReason ?? '';
    row.raw = COORDINATE_ROLES.map((role) => cellOf(cells, ctx, role) ?? '')
      .filter((v) => v !== '')
      .join(' ');
  }
  return row;
}
