import { monthLabel } from '../../analytics/months';
import type { AttendanceEntry } from '../meeting-state';
import type { Minutes } from './minutes-model';

/** Text the HTML and .docx minutes share, so both read the same. */

export function meetingLine(minutes: Minutes): string {
  const when = minutes.date ?? `${monthLabel(minutes.month)} (date not recorded)`;
  return `Meeting: ${when}. Chair: ${minutes.chair || 'not recorded'}.`;
}

export function statusLine(minutes: Minutes): string {
  const generated = minutes.generatedAt.slice(0, 16).replace('T', ' ');
  return minutes.closedAt
    ? `Final: the chair closed the meeting on ${minutes.closedAt.slice(0, 10)}. Minutes produced ${generated} UTC.`
    : `Draft: the meeting has not been closed. Minutes produced ${generated} UTC.`;
}

/** "Police (PC Jones)", or the agency alone when no name was recorded. */
export function attendeeText(entry: AttendanceEntry): string {
  return entry.name === '' ? entry.agency : `${entry.agency} (${entry.name})`;
}

export const ATTENDANCE_HEADINGS = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Not represented',
} as const;

export function nextMeetingText(minutes: Minutes): string {
  const next = minutes.nextMeeting;
  return `${next.date ?? monthLabel(next.month)}: ${next.rule}.`;
}

export function targetHeading(t: { id: string; name: string; leadAgency: string | null }): string {
  const lead = t.leadAgency ? ` (lead agency ${t.leadAgency})` : '';
  return `${t.id} ${t.name}${lead}`;
}

export const NOTHING_RECORDED = 'Nothing recorded.';
