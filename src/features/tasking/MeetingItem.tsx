import type { ReactNode } from 'react';
import { MeetingActionReview } from './MeetingActionReview';
import { MeetingAssessment } from './MeetingAssessment';
import { MeetingAttendance } from './MeetingAttendance';
import { MeetingClose } from './MeetingClose';
import type { MeetingContext } from './meeting-context';
import { MeetingNominations } from './MeetingNominations';
import { MeetingCohesion, MeetingPowers, MeetingVictims } from './MeetingStandingItems';
import { MeetingTargets } from './MeetingTargets';

/** The content and the recording controls of one agenda item. */
export function MeetingItem({
  ctx,
  item,
  minutes,
}: {
  ctx: MeetingContext;
  item: number;
  minutes?: ReactNode;
}) {
  switch (item) {
    case 0:
      return <MeetingAttendance ctx={ctx} />;
    case 1:
      return <MeetingActionReview ctx={ctx} />;
    case 2:
      return <MeetingAssessment ctx={ctx} />;
    case 3:
      return <MeetingTargets ctx={ctx} />;
    case 4:
      return <MeetingNominations ctx={ctx} />;
    case 5:
      return <MeetingVictims ctx={ctx} />;
    case 6:
      return <MeetingCohesion ctx={ctx} />;
    case 7:
      return <MeetingPowers ctx={ctx} />;
    default:
      return <MeetingClose ctx={ctx} minutes={minutes} />;
  }
}
