import { monthLabel } from '../../analytics/months';
import type { MonthDecisions } from '../meeting-decisions';
import { decisionText } from '../meeting-decisions';
import type { BoardEscalation } from '../meeting-state';

/** Text of item 1's look back (last month's decisions, the board) shared by HTML and .docx. */

export function decisionsHeading(decisions: MonthDecisions): string {
  return `Decisions of ${monthLabel(decisions.month)}`;
}

/** One line per target decision: "T-001 Market Place: Closed: problem resolved". */
export function targetDecisionLines(decisions: MonthDecisions): string[] {
  return decisions.targets.flatMap((t) =>
    t.events.map((e) => `${t.id} ${t.name}: ${decisionText(e)}`),
  );
}

const NOTE_KIND: Record<string, string> = {
  decision: 'Decision',
  aob: 'Any other business',
  'restricted-case': 'Restricted case',
};

/** One line per meeting note: "Item 3, decision: …". */
export function noteLines(decisions: MonthDecisions): string[] {
  return decisions.notes.map((n) => `Item ${n.item}, ${NOTE_KIND[n.kind] ?? n.kind}: ${n.text}`);
}

/** "E-002 (Oct 2025, T-003): Request for CCTV funding". */
export function escalationLine(e: BoardEscalation): string {
  const about = e.targetId ? `, ${e.targetId}` : '';
  const reply = e.reply ? ` Board replied ${e.reply.at.slice(0, 10)}: ${e.reply.text}` : '';
  return `${e.id} (${monthLabel(e.month)}${about}): ${e.text}${reply}`;
}
