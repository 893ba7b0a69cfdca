import { monthIndex } from '../months';
import type { MonthlySeries } from './monthlySeries';

/** A series with its seasonal pattern divided out. */
export interface SeasonalAdjustment {
  /**
   * How busy each calendar month usually is against an average month (index 0 = January),
   * averaging 1: 1.3 for July means July usually runs 30% above an average month.
   */
  indices: number[];
  /** The fewest years behind any calendar month's index. */
  years: number;
  /** Each covered month's count divided by its calendar month's index; coverage unchanged. */
  adjusted: MonthlySeries;
}

/** Years of data each calendar month needs before its index is trusted. */
export const MIN_SEASONAL_YEARS = 2;

const CENTRED_MOVING_AVERAGE = [0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5].map((w) => w / 12);

/**
 * Classical multiplicative decomposition, as R's `decompose(x, type = "multiplicative")`: the
 * trend is the centred 2×12 moving average, each month's ratio to it is averaged by calendar
 * month, and the twelve averages are scaled to mean 1. A moving average is taken only where all
 * 13 months it spans have data (a missing month is never read as zero). Returns null unless every
 * calendar month has at least {@link MIN_SEASONAL_YEARS} ratios.
 */
export function seasonalAdjustment(series: MonthlySeries): SeasonalAdjustment | null {
  const { months, counts, covered } = series;
  const first = months[0];
  if (first === undefined) return null;
  const ratios: number[][] = Array.from({ length: 12 }, () => []);
  for (let i = 6; i + 6 < months.length; i++) {
    let trend = 0;
    let complete = true;
    for (let k = 0; k < 13; k++) {
      if (covered[i - 6 + k] !== true) {
        complete = false;
        break;
      }
      trend += (CENTRED_MOVING_AVERAGE[k] ?? 0) * (counts[i - 6 + k] ?? 0);
    }
    if (!complete || trend <= 0) continue;
    ratios[calendarMonth(months[i] ?? first)]?.push((counts[i] ?? 0) / trend);
  }
  const years = Math.min(...ratios.map((r) => r.length));
  if (years < MIN_SEASONAL_YEARS) return null;
  const means = ratios.map((r) => r.reduce((a, b) => a + b, 0) / r.length);
  const overall = means.reduce((a, b) => a + b, 0) / 12;
  if (overall <= 0) return null;
  const indices = means.map((m) => m / overall);
  if (indices.some((x) => x <= 0)) return null;
  const adjusted = counts.map((count, i) =>
    covered[i] === true ? count / (indices[calendarMonth(months[i] ?? first)] ?? 1) : count,
  );
  return {
    indices,
    years,
    adjusted: { months: [...months], counts: adjusted, covered: [...covered] },
  };
}

/** 0 for January … 11 for December. */
function calendarMonth(month: string): number {
  return ((monthIndex(month) % 12) + 12) % 12;
}
