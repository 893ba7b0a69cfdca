/** A rate ratio with its exact 95% interval; `estimate` and `upper` are Infinity when none before. */
export interface RatioWithInterval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Options of {@link rateRatioText}. */
export interface RateRatioTextOptions {
  /** What "none before" says, e.g. "none in the 9 baseline months". */
  noneBefore?: string;
  /** How a number is written (default: two decimals). */
  format?: (value: number) => string;
}

const TWO_DECIMALS = (value: number) => value.toFixed(2);

/**
 * A rate ratio in words: "1.42 (95% CI 1.10–1.83)"; with nothing in the earlier period (the
 * ratio is unbounded above) "none before; at least 18.90 times the rate (95% confidence)",
 * never "∞" or "Infinity"; "–" when both periods are empty.
 */
export function rateRatioText(
  ratio: RatioWithInterval | null,
  options: RateRatioTextOptions = {},
): string {
  if (!ratio || Number.isNaN(ratio.estimate)) return '–';
  const format = options.format ?? TWO_DECIMALS;
  if (!Number.isFinite(ratio.estimate) || !Number.isFinite(ratio.upper)) {
    const before = options.noneBefore ?? 'none before';
    return ratio.lower > 0
      ? `${before}; at least ${format(ratio.lower)} times the rate (95% confidence)`
      : before;
  }
  return `${format(ratio.estimate)} (95% CI ${format(ratio.lower)}–${format(ratio.upper)})`;
}

/** A number JSON can hold: Infinity and NaN become null (JSON has neither). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The object with each number field as JSON can hold it (number or null). */
export type JsonNumbers<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };

/**
 * A rate ratio (or any flat record of figures) as JSON writes it: the ratio and its upper bound
 * are null when the earlier period has no incidents (unbounded above; `lower` is still the 95%
 * lower bound, "at least … times"), and every figure null when neither period has any.
 */
export function rateRatioJson<T extends object>(ratio: T): JsonNumbers<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ratio))
    out[key] = typeof value === 'number' ? finiteOrNull(value) : value;
  return out as JsonNumbers<T>;
}
