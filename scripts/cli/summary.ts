import type { DuckConnector } from '../../src/db/connector';
import { loadFiles } from '../../src/ingest/load-files';
import { datasetSummary } from '../../src/reports/dataset-summary';
import { nodeInputs } from './node-inputs';
import type { CliOptions } from './options';

/** `summary <inputs…> [--json]`: the load report and counts by month × category. */
export async function summaryCommand(db: DuckConnector, options: CliOptions): Promise<string> {
  const batch = await loadFiles(db, nodeInputs(options.inputs));
  const summary = await datasetSummary(db);
  const rejected = batch.files.flatMap((f) =>
    f.rejected.map((r) => ({ file: f.fileName, line: r.line, reason: r.reason })),
  );
  const result = {
    files: batch.files.map((f) => ({
      file: f.fileName,
      error: f.error,
      rowsRead: f.rowsRead,
      rowsLoaded: f.rowsLoaded,
      rowsUnlocated: f.rowsUnlocated,
      rowsRejected: f.rowsRejected,
      rowsReplaced: f.rowsReplaced,
      months: f.months,
      unknownTypes: f.unknownTypes,
    })),
    skipped: batch.skipped,
    rejected,
    ...summary,
  };
  if (options.json) return JSON.stringify(result, null, 2);
  const lines = [
    `Incidents: ${summary.totals.incidents} (located ${summary.totals.located}, unlocated ${summary.totals.unlocated})`,
    `Months: ${summary.months.first ?? '-'} … ${summary.months.last ?? '-'}; missing: ${summary.months.missing.join(', ') || 'none'}`,
    ...Object.entries(summary.byCategory).map(([c, n]) => `  ${c}: ${n}`),
    ...batch.files.filter((f) => f.error).map((f) => `ERROR ${f.error}`),
    ...rejected.map((r) => `REJECTED ${r.file}:${r.line}: ${r.reason}`),
    ...batch.skipped.map((s) => `SKIPPED ${s.fileName}: ${s.reason}`),
  ];
  return lines.join('\n');
}
