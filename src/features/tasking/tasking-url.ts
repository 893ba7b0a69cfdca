import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { month, oneOf, readParam, writeParam } from '../url-state/url-codec';

/** The parts of the Tasking view, in tab order. */
export const TASKING_PARTS = [
  'candidates',
  'targets',
  'nominate',
  'actions',
  'settings',
  'state',
] as const;
export type TaskingPart = (typeof TASKING_PARTS)[number];

export interface TaskingViewState {
  /** The meeting month (YYYY-MM); null = the latest month with data. */
  meetingMonth: string | null;
  part: TaskingPart;
}

/** The Tasking view in the address: `meeting=2025-12`, `part=targets`. */
export const TASKING_URL: UrlCodec<TaskingViewState> = {
  keys: ['meeting', 'part'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value: TaskingViewState = {
      meetingMonth: readParam(params, 'meeting', month, null, ignored),
      part: readParam(params, 'part', oneOf(TASKING_PARTS), TASKING_PARTS[0], ignored),
    };
    return { value, ignored };
  },
  write({ meetingMonth, part }, params) {
    writeParam(params, 'meeting', meetingMonth);
    writeParam(params, 'part', part === TASKING_PARTS[0] ? null : part);
  },
};
