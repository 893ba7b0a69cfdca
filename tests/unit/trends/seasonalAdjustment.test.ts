import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/analytics/months';
import { seasonalAdjustment } from '../../../src/analytics/trends/seasonalAdjustment';
import type { MonthlySeries } from '../../../src/analytics/trends/monthlySeries';

/** 40 months of ASB-like counts: busy summers, quiet winters, a slow rise, some noise. */
function summerSeries(length = 40): MonthlySeries {
  const months = monthRange('2022-01', '2025-12').slice(0, length);
  const counts = months.map((_, i) => {
    const season = 1 + 0.35 * Math.sin(((i % 12) - 3) * (Math.PI / 6));
    const noise = ((i * 37) % 11) - 5;
    return Math.round((120 + i) * season + noise);
  });
  return { months, counts, covered: months.map(() => true) };
}

const hasR = spawnSync('Rscript', ['--version']).status === 0;

describe('seasonal adjustment (classical multiplicative decomposition)', () => {
  it('gives the seasonal figure of R decompose(type = "multiplicative")', () => {
    if (!hasR) {
      const message = 'Rscript not found: the comparison with R decompose did not run.';
      if (process.env.CI === 'true')
        throw new Error(`${message} CI installs R; this is a failure.`);
      console.warn(message);
      return;
    }
    const series = summerSeries();
    const script =
      `x<-ts(c(${series.counts.join(',')}),start=c(2022,1),frequency=12);` +
      `cat(sprintf("%.12g",decompose(x,type="multiplicative")$figure),sep="\\n")`;
    const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
    const figure = run.stdout.trim().split('\n').map(Number);
    expect(figure).toHaveLength(12);
    const result = seasonalAdjustment(series);
    expect(result).not.toBeNull();
    result?.indices.forEach((index, m) => expect(index).toBeCloseTo(figure[m] ?? NaN, 9));
  });

  it('finds summer busier than winter and divides it out', () => {
    const result = seasonalAdjustment(summerSeries());
    if (!result) throw new Error('expected an adjustment');
    expect(result.indices[6]).toBeGreaterThan(1.2);
    expect(result.indices[0]).toBeLessThan(0.9);
    expect(result.indices.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 12);
    const july = result.adjusted.counts[18] ?? 0;
    const january = result.adjusted.counts[12] ?? 0;
    expect(Math.abs(july - january)).toBeLessThan(20);
  });

  it('needs two years of ratios for every calendar month', () => {
    expect(seasonalAdjustment(summerSeries(24))).toBeNull();
    expect(seasonalAdjustment(summerSeries(36))?.years).toBe(2);
  });

  it('never reads a month with no data as zero: the moving averages spanning it are left out', () => {
    const series = summerSeries(40);
    const gap = {
      ...series,
      covered: series.covered.map((c, i) => i !== 20),
      counts: [...series.counts],
    };
    gap.counts[20] = 0;
    const withGap = seasonalAdjustment(gap);
    // Months 14–26 span the gap: their calendar months fall below two ratios.
    expect(withGap).toBeNull();
    const full = seasonalAdjustment({ ...gap, covered: series.covered, counts: series.counts });
    expect(full).not.toBeNull();
  });
});
