/**
 * What can be wrong with a row of a local extract. Rows with a *held-back* problem are not loaded
 * into `incidents` but are listed (never silently dropped); rows with a *warning* are loaded.
 */
export const HELD_BACK_KINDS = [
  'unparseable-date',
  'implausible-date',
  'missing-category',
  'unmapped-code',
  'duplicate-reference',
  'malformed-row',
] as const;
export const WARNING_KINDS = ['impossible-coordinates', 'unreadable-time'] as const;

export type HeldBackKind = (typeof HELD_BACK_KINDS)[number];
export type WarningKind = (typeof WARNING_KINDS)[number];
export type IssueKind = HeldBackKind | WarningKind;

/** One row's problem, with the line it is on in the file (1 = header line). */
export interface ValidationIssue {
  line: number;
  kind: IssueKind;
  /** True when the row was not loaded because of this problem. */
  heldBack: boolean;
  reason: string;
  /** The row as read (held-back rows) or the offending cells (warnings), at most 500 characters. */
  raw: string;
}

/** Human labels for the report and the CSV. */
export const ISSUE_LABELS: Record<IssueKind, string> = {
  'unparseable-date': 'date could not be read',
  'implausible-date': 'date outside the plausible months',
  'missing-category': 'no category or code',
  'unmapped-code': 'code not in the code mapping',
  'duplicate-reference': 'duplicate reference number',
  'malformed-row': 'row has more fields than the header',
  'impossible-coordinates': 'impossible coordinates (loaded, not mapped)',
  'unreadable-time': 'time could not be read (loaded with the date only)',
};

/** At most this many issues of each kind are listed; counts are always complete. */
export const ISSUES_LISTED_PER_KIND = 1000;
