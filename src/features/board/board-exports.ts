import type { EChartsOption } from 'echarts';
import { getInstanceByDom, init } from 'echarts';

/** The chart drawn under `testId` as a PNG data URL (twice the screen resolution). */
export function chartPng(testId: string): string | null {
  const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const chart = element ? getInstanceByDom(element) : undefined;
  return chart ? chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) : null;
}

/** The chart's option drawn again by the SVG renderer, off screen, as SVG text. */
export function chartSvg(option: EChartsOption, width = 1000, height = 420): string {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
