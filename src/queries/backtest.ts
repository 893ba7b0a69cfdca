import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { BacktestReportDetail, BacktestReportOptions } from '../reports/backtest-report';
import { backtestReportDetail } from '../reports/backtest-report';
import { scoreBacktestInWorker } from '../reports/backtest-worker-client';

/**
 * How well each hotspot ranking would have predicted each month of `from`…`to`. The study area
 * is keyed by its identity (layer names and polygon counts), not its GeoJSON.
 */
export function backtestQuery(
  db: DuckConnector | null,
  version: number,
  options: BacktestReportOptions | null,
) {
  const { studyArea, ...keyed } = options ?? { from: '', to: '' };
  return queryOptions({
    queryKey: ['backtest', version, keyed, studyArea?.key ?? null] as const,
    queryFn: (): Promise<BacktestReportDetail> => {
      if (!db || !options) throw new Error('no data to backtest yet');
      return backtestReportDetail(db, options, scoreBacktestInWorker);
    },
    enabled: db !== null && options !== null,
  });
}
