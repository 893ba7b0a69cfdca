import type { DuckConnector } from '../../src/db/connector';
import { loadFiles } from '../../src/ingest/load-files';
import { patternsReport } from '../../src/reports/patterns-report';
import { hotspotFlags } from './hotspots';
import { nodeInputs } from './node-inputs';
import type { CliOptions } from './options';

/** `patterns <inputs…>` with the options of `hotspots`: the space-time class of every cell. */
export async function patternsCommand(db: DuckConnector, options: CliOptions): Promise<string> {
  const { filter, grid } = hotspotFlags(options);
  await loadFiles(db, nodeInputs(options.inputs));
  const report = await patternsReport(db, filter, grid);
  if (options.json) return JSON.stringify(report);
  const byPattern = new Map<string, number>();
  for (const cell of report.cells) byPattern.set(cell.label, (byPattern.get(cell.label) ?? 0) + 1);
  return [
    `Cells: ${report.cells.length} of ${report.cellSize} m (${report.cellSizeReason})`,
    `Steps: ${report.steps.length} months ${report.steps[0] ?? '-'} … ${report.steps.at(-1) ?? '-'}; ` +
      `missing months left out: ${report.missingMonths.length ? report.missingMonths.join(', ') : 'none'}`,
    `Hot/cold at p < ${report.alpha} (${report.fdr ? 'FDR-adjusted' : 'unadjusted'}), trend at p < ${report.trendAlpha}`,
    ...[...byPattern].sort((a, b) => b[1] - a[1]).map(([label, n]) => `  ${label}: ${n}`),
  ].join('\n');
}
