/** The rule by which the next meeting date is proposed. */
export const NEXT_MEETING_RULE =
  'the same weekday in the same week of the next month (e.g. the second Tuesday)';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** When the group meets: the nth weekday of the month, in words ("second Tuesday"). */
export function meetingRuleOf(date: string): string {
  const day = utcDate(date);
  const nth = Math.floor((day.getUTCDate() - 1) / 7);
  return `${ORDINALS[Math.min(nth, 3)]} ${WEEKDAYS[day.getUTCDay()]}`;
}

/**
 * The next meeting's date (YYYY-MM-DD) from this one's: the same weekday in the same week of
 * the next month. A meeting in the fifth week moves to the fourth, which every month has.
 */
export function nextMeetingDate(date: string): string {
  const day = utcDate(date);
  const weekday = day.getUTCDay();
  const nth = Math.min(Math.floor((day.getUTCDate() - 1) / 7), 3);
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  first.setUTCDate(1 + offset + 7 * nth);
  return first.toISOString().slice(0, 10);
}

function utcDate(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return new Date(`${date}T00:00:00Z`);
}
