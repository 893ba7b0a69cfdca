import type { DuckConnector } from '../../src/db/connector';
import { patternsReport } from '../../src/reports/patterns-report';
import type { CliCommand, CommandResult } from './command';
import { countingSourcesOutput } from './counting-flags';
import { readMappingsFlag } from './local-mapping';
import { HOTSPOT_FLAGS, hotspotFlags } from './hotspots';
import { loadForAnalysis } from './load-inputs';
import type { CliOptions } from './options';

export const patterns: CliCommand = {
  name: 'patterns',
  inputs: '<files, folders or zips…>',
  summary: 'space-time (emerging hot spot) class per cell',
  flags: HOTSPOT_FLAGS,
  run: patternsCommand,
};

/** `patterns <inputs…>` with the options of `hotspots`: the space-time class of every cell. */
async function patternsCommand(db: DuckConnector, options: CliOptions): Promise<CommandResult> {
  const { filter, grid } = hotspotFlags(options);
  const mappings = readMappingsFlag(options.flags.mapping);
  const { problems } = await loadForAnalysis(db, options.inputs, mappings);
  const report = await patternsReport(db, filter, grid);
  const counting = await countingSourcesOutput(db, filter);
  if (options.json)
    return { stdout: JSON.stringify({ countingSources: counting.json, ...report }), problems };
  const byPattern = new Map<string, number>();
  for (const cell of report.cells) byPattern.set(cell.label, (byPattern.get(cell.label) ?? 0) + 1);
  const lines = [
    counting.statement,
    `Cells: ${report.cells.length} of ${report.cellSize} m (${report.cellSizeReason})`,
    `Steps: ${report.steps.length} months ${report.steps[0] ?? '-'} … ${report.steps.at(-1) ?? '-'}; ` +
      `missing months left out: ${report.missingMonths.length ? report.missingMonths.join(', ') : 'none'}`,
    `Hot/cold at p < ${report.alpha} (${report.fdr ? 'FDR-adjusted' : 'unadjusted'}), trend at p < ${report.trendAlpha}`,
    ...[...byPattern].sort((a, b) => b[1] - a[1]).map(([label, n]) => `  ${label}: ${n}`),
  ];
  return { stdout: lines.join('\n'), problems };
}
