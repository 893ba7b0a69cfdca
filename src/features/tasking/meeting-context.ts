import type { Meeting } from '../../tasking/meeting-state';
import type { Pack } from '../../tasking/pack/pack-model';
import type { TaskingState } from '../../tasking/tasking-state';
import type { Recorded } from './use-tasking-state';

/** What every agenda item of meeting mode reads. */
export interface MeetingContext {
  state: TaskingState;
  meeting: Meeting;
  month: string;
  /** The meeting day (YYYY-MM-DD): overdue and RAG are read on it. */
  day: string;
  /** The chair records every decision, in the meeting month. */
  by: Recorded;
  /** The month's analysis; null while it is being built. */
  pack: Pack | null;
  /** Closed meetings are shown, not changed. */
  readOnly: boolean;
}

/** Short agenda titles for the item strip (the full titles come with the pack's agenda). */
export const AGENDA_SHORT = [
  'Welcome',
  'Actions',
  'Assessment',
  'Targets',
  'Nominations',
  'Victims',
  'Cohesion',
  'Powers',
  'Close',
] as const;

/** The model agenda's titles, numbered as the pack numbers them. */
export { AGENDA_TITLES } from '../../tasking/pack/pack-model';
