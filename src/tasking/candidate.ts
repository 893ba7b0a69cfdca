import type { EmergingPattern } from '../analytics/hotspots/emergingHotspotClass';
import type { BngMultiPolygon, MonthId, PlaceKind } from './tasking-state';

/** A rate ratio recent/baseline per month, with its exact Poisson 95% interval. */
export interface CandidateChange {
  ratio: number;
  lower: number;
  upper: number;
}

/**
 * A place the analysis proposes for the meeting month, with everything its score and its
 * sentence came from. Counts are over months with data only: a missing month is never a zero.
 */
export interface Candidate {
  /** Stable within a month's analysis, e.g. "cluster:4412,3310", "location:<key>", "area:E05…". */
  id: string;
  kind: Exclude<PlaceKind, 'drawn' | 'partner'>;
  /** Named by its streets: "around Saltergate / Holywell Street". */
  name: string;
  geometry: BngMultiPolygon;
  /** [west, south, east, north] in degrees, for the small map. */
  box: [number, number, number, number];
  rank: number;
  score: number;
  recent: { months: MonthId[]; count: number; harmWeighted: number };
  baseline: { months: MonthId[]; count: number; harmWeighted: number };
  /** Per month rates recent vs baseline; null when the baseline has no months with data. */
  change: CandidateChange | null;
  /** Highest Gi* confidence among its cells (0.9, 0.95, 0.99) or null when not significant. */
  giConfidence: number | null;
  spaceTime: EmergingPattern | null;
  /** Whether its latest month is a special-cause signal on its XmR chart. */
  exceedance: boolean;
  /** Category id → recent incidents. */
  categoryMix: Record<string, number>;
  /** Every month of recent + baseline, null where there is no data. */
  monthly: { month: MonthId; count: number | null }[];
  /** One sentence a chair can read aloud. */
  sentence: string;
  /** The existing target it is the same place as (by overlap), if any. */
  targetId: string | null;
}
