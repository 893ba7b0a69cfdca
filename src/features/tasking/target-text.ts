import type { Target, TargetStatus } from '../../tasking/tasking-state';

export const STATUS_TEXT: Record<TargetStatus, string> = {
  nominated: 'Nominated',
  active: 'Active',
  escalated: 'Escalated',
  closed: 'Closed',
  declined: 'Declined',
};

/** "active since 2025-09", "nominated in 2025-11", "closed in 2025-10 (monitored to 2026-01)". */
export function targetSinceText(target: Target): string {
  const last = target.history[target.history.length - 1];
  switch (target.status) {
    case 'active':
      return `active since ${target.taskedMonth ?? last?.month ?? '?'}`;
    case 'nominated':
      return `nominated in ${last?.month ?? target.nominatedMonth}`;
    case 'closed':
      return `closed in ${last?.month ?? '?'}${target.closure ? ` (monitored to ${target.closure.monitorUntil})` : ''}`;
    default:
      return `${target.status} in ${last?.month ?? '?'}`;
  }
}
