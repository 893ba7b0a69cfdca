import { init } from 'echarts';
import type { ECharts, EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

declare global {
  interface Window {
    /** Charts on the page by test id, for the end-to-end tests; only in `vite build --mode e2e`. */
    __cspCharts?: Record<string, ECharts>;
  }
}

interface Props {
  option: EChartsOption;
  testId: string;
  height?: number;
  renderer?: 'canvas' | 'svg';
}

/** An echarts chart that follows its option and its container's size. */
export function EChart({ option, testId, height = 320, renderer = 'canvas' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = init(container.current, undefined, { renderer });
    chart.current = created;
    if (import.meta.env.MODE === 'e2e')
      window.__cspCharts = { ...window.__cspCharts, [testId]: created };
    const resize = new ResizeObserver(() => created.resize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      created.dispose();
      chart.current = null;
    };
  }, [testId, renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} style={{ height }} className="chart" data-testid={testId} />;
}
