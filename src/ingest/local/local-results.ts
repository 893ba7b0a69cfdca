import type { DuckConnector } from '../../db/connector';
import {
  LOCAL_COUNTS_SQL,
  LOCAL_ISSUE_COUNTS_SQL,
  LOCAL_MONTHS_SQL,
  LOCAL_SOURCES_SQL,
  LOCAL_UNLOCATED_REASONS_SQL,
  LOCAL_UNMAPPED_CODES_SQL,
  localIssuesSql,
} from '../../sql/ingest-local';
import type { MonthRange } from '../plausible-months';
import type { DateFormatDetection } from './date-format';
import type { LocalTable } from './local-table';
import type { LocalFileLoadReport } from './local-report';
import type { IssueKind, ValidationIssue } from './validation-issues';
import { ISSUES_LISTED_PER_KIND } from './validation-issues';

interface Context {
  table: LocalTable;
  source: string;
  columnMapping: string;
  codeMapping: string | null;
  dateFormat: DateFormatDetection;
  plausibleMonths: MonthRange;
  rowsReplaced: number;
}

/** Reads the staged file's outcome into the validation report. */
export async function collectLocalReport(
  db: DuckConnector,
  ctx: Context,
): Promise<LocalFileLoadReport> {
  const [counts] = await db.query<{
    rows_read: number;
    rows_loaded: number;
    rows_unlocated: number;
    first_day: string | null;
    last_day: string | null;
  }>(LOCAL_COUNTS_SQL);
  const issueCounts: Partial<Record<IssueKind, number>> = {};
  let rowsHeldBack = 0;
  let truncated = false;
  for (const r of await db.query<{ kind: IssueKind; held_back: boolean; n: number }>(
    LOCAL_ISSUE_COUNTS_SQL,
  )) {
    issueCounts[r.kind] = r.n;
    if (r.held_back) rowsHeldBack += r.n;
    if (r.n > ISSUES_LISTED_PER_KIND) truncated = true;
  }
  const issues: ValidationIssue[] = (
    await db.query<{
      line: number;
      kind: IssueKind;
      held_back: boolean;
      reason: string;
      raw: string;
    }>(localIssuesSql(ISSUES_LISTED_PER_KIND))
  ).map((r) => ({
    line: r.line,
    kind: r.kind,
    heldBack: r.held_back,
    reason: r.reason,
    raw: r.raw,
  }));
  const unmappedCodes = (await db.query<{ code: string; n: number }>(LOCAL_UNMAPPED_CODES_SQL)).map(
    (r) => ({
      code: r.code,
      count: r.n,
    }),
  );
  const months = (await db.query<{ month: string }>(LOCAL_MONTHS_SQL)).map((r) => r.month);
  const sources = (await db.query<{ source: string }>(LOCAL_SOURCES_SQL)).map((r) => r.source);
  const unlocatedReasons = (
    await db.query<{ reason: string; n: number }>(LOCAL_UNLOCATED_REASONS_SQL)
  ).map((r) => ({
    reason: r.reason,
    count: r.n,
  }));
  const rowsRead = counts?.rows_read ?? 0;
  const notes = [...ctx.table.notes];
  if (rowsRead === 0) notes.push('header only: the file has no data rows, so nothing was loaded');
  if (ctx.dateFormat.assumedDayFirst && rowsRead > 0) notes.push(ctx.dateFormat.reason);
  const { table } = ctx;
  return {
    fileName: table.fileName,
    source: ctx.source,
    error: null,
    linesRead: table.linesRead ?? rowsRead + 1,
    rowsRead,
    rowsUnaccounted: rowsRead - (counts?.rows_loaded ?? 0) - rowsHeldBack,
    rowsLoaded: counts?.rows_loaded ?? 0,
    rowsUnlocated: counts?.rows_unlocated ?? 0,
    rowsRejected: rowsHeldBack,
    rowsReplaced: ctx.rowsReplaced,
    months,
    rejected: issues
      .filter((i) => i.heldBack)
      .map((i) => ({ line: i.line, reason: i.reason, raw: i.raw })),
    unknownTypes: unmappedCodes.map((c) => ({ type: c.code, count: c.count })),
    unlocatedReasons,
    local: {
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheet: table.sheet,
      sheetNames: table.sheetNames,
      columnMapping: ctx.columnMapping,
      codeMapping: ctx.codeMapping,
      dateFormat: ctx.dateFormat.format,
      dateFormatReason: ctx.dateFormat.reason,
      dateFormatAssumed: ctx.dateFormat.assumedDayFirst,
      plausibleMonths: ctx.plausibleMonths,
      rowsHeldBack,
      issueCounts,
      issues,
      issuesTruncated: truncated,
      unmappedCodes,
      sources,
      period: { first: counts?.first_day ?? null, last: counts?.last_day ?? null },
      notes,
    },
  };
}
