import type { EChartsOption } from 'echarts';
import type { DisclosedTable } from '../../analytics/disclosure/disclosureControl';
import { disclosedTableCsv } from '../../reports/board-csv';
import { download } from '../../components/download';
import { chartPng, chartSvg } from './board-exports';

interface Props {
  table: DisclosedTable;
  chartOption: EChartsOption;
  chartTestId: string;
  /** e.g. 'csp-board-2025-06' */
  fileStem: string;
  areaHeading: string;
  /** Lines above the CSV's table, e.g. the counting sources statement. */
  notes?: readonly string[];
}

/** Print (PDF through the browser), the suppressed table as CSV, the chart as PNG or SVG. */
export function BoardExports({
  table,
  chartOption,
  chartTestId,
  fileStem,
  areaHeading,
  notes = [],
}: Props) {
  return (
    <div className="board-exports no-print" role="group" aria-label="Export">
      <button type="button" className="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button
        type="button"
        className="button"
        data-testid="board-export-csv"
        onClick={() =>
          download(`${fileStem}-areas.csv`, disclosedTableCsv(table, areaHeading, notes))
        }
      >
        Table as CSV
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          const png = chartPng(chartTestId);
          if (png) download(`${fileStem}-volumes.png`, png);
        }}
      >
        Chart as PNG
      </button>
      <button
        type="button"
        className="button"
        onClick={() => download(`${fileStem}-volumes.svg`, chartSvg(chartOption), 'image/svg+xml')}
      >
        Chart as SVG
      </button>
    </div>
  );
}
