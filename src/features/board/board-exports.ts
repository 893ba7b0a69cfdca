import type { EChartsOption } from 'echarts';
import { getInstanceByDom, init } from 'echarts';

/** Saves text or a data URL as a file through the browser's download. */
export function download(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const isDataUrl = content.startsWith('data:');
  const url = isDataUrl ? content : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
