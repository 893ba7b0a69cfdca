import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { month, numberOf, readParam, writeParam } from '../url-state/url-codec';
import { changeUrl } from '../url-state/url-location';
import { VIEW_URL } from '../view-url';
import { TASKING_URL } from './tasking-url';

/** Agenda items of the model agenda, numbered 0–8. */
export const AGENDA_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

export interface MeetingViewState {
  /** The meeting month (YYYY-MM); null = the latest month with data. */
  month: string | null;
  /** The agenda item on screen. */
  item: number;
}

/** Meeting mode in the address: `view=meeting&meeting=2025-12&item=3`. */
export const MEETING_URL: UrlCodec<MeetingViewState> = {
  keys: ['meeting', 'item'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value: MeetingViewState = {
      month: readParam(params, 'meeting', month, null, ignored),
      item: readParam(params, 'item', numberOf(AGENDA_NUMBERS), 0, ignored),
    };
    return { value, ignored };
  },
  write({ month: m, item }, params) {
    writeParam(params, 'meeting', m);
    writeParam(params, 'item', item === 0 ? null : String(item));
  },
};

/** Opens meeting mode for `meetingMonth` (a new history entry: Back returns to the tab). */
export function openMeetingMode(meetingMonth: string): void {
  changeUrl((params) => {
    for (const key of TASKING_URL.keys) params.delete(key);
    VIEW_URL.write('meeting', params);
    MEETING_URL.write({ month: meetingMonth, item: 0 }, params);
  }, 'push');
}

/** Leaves meeting mode for the Tasking view of the same month. */
export function leaveMeetingMode(meetingMonth: string | null): void {
  changeUrl((params) => {
    for (const key of MEETING_URL.keys) params.delete(key);
    VIEW_URL.write('tasking', params);
    TASKING_URL.write({ meetingMonth, part: 'actions' }, params);
  }, 'push');
}
