import type { DuckConnector } from '../../src/db/connector';
import { isLocalReport } from '../../src/ingest/local/local-report';
import type { LocalLoadDetails } from '../../src/ingest/local/local-report';
import { datasetSummary } from '../../src/reports/dataset-summary';
import type { CliCommand, CommandResult } from './command';
import { COUNT_FROM_FLAG, countFromFlag, countingSourcesOutput } from './counting-flags';
import { loadInputs } from './load-inputs';
import { readMappingsFlag } from './local-mapping';
import type { CliOptions } from './options';
import { JSON_FLAG, MAPPING_FLAG } from './options';

export const summary: CliCommand = {
  name: 'summary',
  inputs: '<files, folders or zips…>',
  summary: 'load report and counts by month × category',
  flags: [MAPPING_FLAG, COUNT_FROM_FLAG, JSON_FLAG],
  run: summaryCommand,
};

/**
 * `summary <inputs…> [--mapping mappings.json] [--json]`: the load report and counts by
 * month × category. Local extracts are loaded with the saved mapping matching their header.
 */
async function summaryCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const mappings = readMappingsFlag(options.flags.mapping);
  const { batch, problems } = await loadInputs(db, options.inputs, mappings);
  const filter = { countFrom: countFromFlag(options) };
  const summary = await datasetSummary(db, filter);
  const counting = await countingSourcesOutput(db, filter);
  const rejected = batch.files.flatMap((f) =>
    f.rejected.map((r) => ({ file: f.fileName, line: r.line, reason: r.reason })),
  );
  const result = {
    files: batch.files.map((f) => ({
      file: f.fileName,
      error: f.error,
      linesRead: f.linesRead,
      rowsRead: f.rowsRead,
      rowsUnaccounted: f.rowsUnaccounted,
      rowsLoaded: f.rowsLoaded,
      rowsUnlocated: f.rowsUnlocated,
      rowsRejected: f.rowsRejected,
      rowsReplaced: f.rowsReplaced,
      months: f.months,
      unknownTypes: f.unknownTypes,
      ...(isLocalReport(f) && f.local ? { local: localSummary(f.local) } : {}),
    })),
    skipped: batch.skipped,
    rejected,
    countingSources: counting.json,
    ...summary,
  };
  if (options.json) return { stdout: JSON.stringify(result, null, 2), problems };
  const lines = [
    counting.statement,
    `Incidents: ${summary.totals.incidents} (located ${summary.totals.located}, unlocated ${summary.totals.unlocated})`,
    `Months: ${summary.months.first ?? '-'} … ${summary.months.last ?? '-'}; missing: ${summary.months.missing.join(', ') || 'none'}`,
    ...Object.entries(summary.byCategory).map(([c, n]) => `  ${c}: ${n}`),
    ...batch.files.filter((f) => f.error).map((f) => `ERROR ${f.error}`),
    ...rejected.map((r) => `REJECTED ${r.file}:${r.line}: ${r.reason}`),
    ...batch.files.flatMap((f) =>
      isLocalReport(f) && f.local
        ? [
            `LOCAL ${f.fileName}: ${f.source}; loaded ${f.rowsLoaded}, held back ${f.rowsRejected}, replaced ${f.rowsReplaced}; dates ${f.local.dateFormatReason}`,
            ...f.local.unmappedCodes.map((c) => `UNMAPPED ${f.fileName}: "${c.code}" × ${c.count}`),
            ...f.local.issues
              .filter((i) => !i.heldBack)
              .map((i) => `WARNING ${f.fileName}:${i.line}: ${i.reason}`),
          ]
        : [],
    ),
    ...batch.skipped.map((s) => `${s.refused ? 'REFUSED' : 'SKIPPED'} ${s.fileName}: ${s.reason}`),
  ];
  return { stdout: lines.join('\n'), problems };
}

/** The local extract's details for the JSON output (the issues themselves are in `rejected`/`warnings`). */
function localSummary(local: LocalLoadDetails) {
  const { issues, ...rest } = local;
  return {
    ...rest,
    warnings: issues
      .filter((i) => !i.heldBack)
      .map(({ line, kind, reason }) => ({ line, kind, reason })),
  };
}
