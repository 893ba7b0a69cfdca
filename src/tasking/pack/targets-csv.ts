import { csvText } from '../../ingest/local/cell-safety';
import { rateRatioText } from '../rate-ratio';
import type { PackTarget } from './pack-targets';

/** Columns of targets.csv, in order (README "Tasking pack (CLI)"). */
export const TARGET_CSV_COLUMNS = [
  'id',
  'name',
  'status',
  'lead_agency',
  'nominated_month',
  'tasked_month',
  'origin',
  'before_months',
  'after_months',
  'before_count',
  'after_count',
  'rate_ratio',
  'rate_ratio_lower',
  'rate_ratio_upper',
  'rate_ratio_text',
  'buffer_before',
  'buffer_after',
  'wdq',
  'centroid_easting',
  'centroid_northing',
  'this_month',
] as const;

/**
 * The targets as CSV, one row per target, every field through `csvCell` so a name such as
 * "=HYPERLINK(…)" is shown as text by a spreadsheet. Empty where there is no figure: with no
 * incidents before tasking the ratio and its upper bound are unbounded, so `rate_ratio` and
 * `rate_ratio_upper` are empty and `rate_ratio_text` says it ("none before; at least 2.10 times
 * the rate (95% confidence)").
 */
export function targetsCsv(targets: readonly PackTarget[]): string {
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  const round = (v: number | null, places: number) =>
    v === null ? null : Number(v.toFixed(places));
  return csvText([
    [...TARGET_CSV_COLUMNS],
    ...targets.map((t) => {
      const b = t.beforeAfter;
      const rr = b?.target.rateRatio ?? null;
      return [
        t.id,
        t.name,
        t.status,
        t.leadAgency,
        t.nominatedMonth,
        t.taskedMonth,
        t.origin.kind,
        b ? b.beforeMonths.length : null,
        b ? b.afterMonths.length : null,
        b ? b.target.before : null,
        b ? b.target.after : null,
        round(finite(rr?.estimate), 3),
        round(finite(rr?.lower), 3),
        round(finite(rr?.upper), 3),
        b ? rateRatioText(rr, { noneBefore: 'none before' }) : null,
        b ? b.buffer.before : null,
        b ? b.buffer.after : null,
        round(b?.wdq ?? null, 3),
        t.centroid ? Math.round(t.centroid[0]) : null,
        t.centroid ? Math.round(t.centroid[1]) : null,
        t.evidence?.sentence ?? null,
      ];
    }),
  ]);
}
