import type { MinutesVersion } from '../../tasking/minutes/minutes-model';
import type { IgnoredParam, UrlCodec } from '../url-state/url-codec';
import { month, oneOf, readParam, writeParam } from '../url-state/url-codec';
import { changeUrl } from '../url-state/url-location';
import { VIEW_URL } from '../view-url';
import { MEETING_URL } from './meeting-url';

const VERSIONS = ['open', 'restricted'] as const satisfies readonly MinutesVersion[];

export interface MinutesViewState {
  month: string | null;
  version: MinutesVersion;
}

/** The minutes page in the address: `view=minutes&meeting=2025-11&version=restricted`. */
export const MINUTES_URL: UrlCodec<MinutesViewState> = {
  keys: ['meeting', 'version'],
  parse(params) {
    const ignored: IgnoredParam[] = [];
    const value: MinutesViewState = {
      month: readParam(params, 'meeting', month, null, ignored),
      version: readParam(params, 'version', oneOf(VERSIONS), 'open', ignored),
    };
    return { value, ignored };
  },
  write({ month: m, version }, params) {
    writeParam(params, 'meeting', m);
    writeParam(params, 'version', version === 'open' ? null : version);
  },
};

/** Opens the printable minutes of `meetingMonth` (Back returns to meeting mode). */
export function openMinutesPage(meetingMonth: string, version: MinutesVersion): void {
  changeUrl((params) => {
    for (const key of MEETING_URL.keys) params.delete(key);
    VIEW_URL.write('minutes', params);
    MINUTES_URL.write({ month: meetingMonth, version }, params);
  }, 'push');
}

/** Back from the minutes page to meeting mode at the last item. */
export function leaveMinutesPage(meetingMonth: string | null): void {
  changeUrl((params) => {
    for (const key of MINUTES_URL.keys) params.delete(key);
    VIEW_URL.write('meeting', params);
    MEETING_URL.write({ month: meetingMonth, item: 8 }, params);
  }, 'push');
}
