import type { Candidate } from '../../tasking/candidate';
import type { BngMultiPolygon, MonthId, TaskingSettings } from '../../tasking/tasking-state';
import type { StudyAreaInput } from '../hotspots/study-area';
import type { OutsideStudyArea } from './candidate-study-area';

/** An area of a loaded boundary layer (ward, LSOA) with its boundary in BNG. */
export interface CandidateArea {
  code: string;
  name: string;
  geometry: BngMultiPolygon;
}

/**
 * What the candidates worker is asked to compute: the located incidents as typed arrays with
 * index columns into small lists, the months with data, the meeting month and the settings.
 */
export interface CandidatesJob {
  eastings: Float64Array;
  northings: Float64Array;
  /** year·12 + month − 1 of each incident. */
  monthIndex: Int32Array;
  /** Index of each incident's category into `categoryIds`. */
  categoryIndex: Int32Array;
  categoryIds: string[];
  /** The parent of each category id (aligned with `categoryIds`), for harm weights that fall back. */
  categoryParents: (string | null)[];
  /** Index of each incident's location text into `locationNames`, −1 when it has none. */
  locationIndex: Int32Array;
  /** Location texts as the source gives them ("On or near Saltergate"). */
  locationNames: string[];
  /** Index of each incident's area into `areas`, −1 outside every area; absent without a layer. */
  areaIndex?: Int32Array | null;
  areas?: CandidateArea[] | null;
  /** Months with any data (any category): a month not listed is missing, never zero. */
  coveredMonths: MonthId[];
  meetingMonth: MonthId;
  settings: TaskingSettings;
  /** Grid cell size in metres; null = CANDIDATE_CELL_SIZE (250 m). */
  cellSize: number | null;
  studyArea?: StudyAreaInput | null;
  /** Benjamini–Hochberg FDR on Gi* (default true). */
  fdr?: boolean;
  /** Largest hotspot cluster in m² before it is split around its peaks; null = MAX_CLUSTER_AREA (1 km²). */
  maxClusterArea?: number | null;
}

/** The ranked candidates with the windows they were counted over. */
export interface CandidatesJobResult {
  meetingMonth: MonthId;
  /** Latest month with data at or before the meeting month; null when there is none. */
  dataMonth: MonthId | null;
  /** Months with data in the recent window (ending at `dataMonth`). */
  recentMonths: MonthId[];
  /** Months with data in the baseline window before it. */
  baselineMonths: MonthId[];
  /** Months of either window with no data: named, never counted as zero. */
  missingMonths: MonthId[];
  cellSize: number;
  /** The top `settings.candidateCount` and as many again, best first. */
  candidates: Candidate[];
  /**
   * Incidents of the windows outside the study area (the loaded boundaries, else the robust
   * extent), left out of every place; null when there is no data month.
   */
  outsideStudyArea: OutsideStudyArea | null;
  /** Places that qualified (recent count ≥ minCount) before overlaps were folded in. */
  placesConsidered: number;
  elapsedMs: number;
}
