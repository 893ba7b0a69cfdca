/**
 * What the loader must make of each corpus file, computed by the generator from what it wrote
 * (never by running the loader). Names are as the load report shows them: a file's base name, or
 * `zip › entry` for an entry of a zip.
 */
export type ExpectedOutcome =
  | {
      name: string;
      outcome: 'loaded';
      linesRead: number;
      rowsLoaded: number;
      rowsUnlocated: number;
      rowsReplaced: number;
      /** Physical line (header = 1) and a substring of the reason, in line order. */
      rejected: { line: number; reason: string }[];
    }
  /** Nothing read from it though it may hold data: named in stderr and the JSON, exit code 1. */
  | { name: string; outcome: 'refused'; reason: string; where: 'file' | 'skipped' }
  /** Passed over by design (outcomes, metadata…): listed with its reason, exit code unaffected. */
  | { name: string; outcome: 'skipped'; reason: string };

/** One case: its files, loaded in this order in one batch, and what they leave in the database. */
export interface CorpusCase {
  id: string;
  kind: 'police.uk' | 'local';
  /** The class of trouble it exercises (encodings, quoting, zips…). */
  class: string;
  description: string;
  /** Paths relative to the corpus folder, in load order. */
  files: string[];
  outcomes: ExpectedOutcome[];
  /** Incidents this case leaves in the database once all its files are loaded (re-downloads replace). */
  incidents: number;
}

export interface CorpusManifest {
  seed: number;
  /** The saved column and code mappings local extracts load with (`summary --mapping`). */
  mappings: string;
  cases: CorpusCase[];
}

/** True when the case must make the command line exit 1 (a refusal or a rejected row). */
export function caseHasProblem(c: CorpusCase): boolean {
  return c.outcomes.some(
    (o) => o.outcome === 'refused' || (o.outcome === 'loaded' && o.rejected.length > 0),
  );
}
