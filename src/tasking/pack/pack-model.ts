import { addMonths, monthLabel } from '../../analytics/months';
import type { TargetBeforeAfter } from '../before-after';
import type { Candidate } from '../candidate';
import { actionsForMeeting } from '../action-log';
import { actionTargetText, ragWord, statusWord } from '../action-rows';
import type { MonthDecisions } from '../meeting-decisions';
import { decisionMonthBefore, decisionsOfMonth } from '../meeting-decisions';
import { awaitingReply, previousMeeting } from '../meeting-record';
import type { BoardEscalation, Meeting } from '../meeting-state';
import type { MonthId, TaskingState } from '../tasking-state';
import { NEXT_MEETING_RULE, meetingRuleOf, nextMeetingDate } from './next-meeting';
import type { PackMap } from './pack-map';
import type { PackTarget } from './pack-targets';
import { packTargets } from './pack-targets';
import type { AssessmentCategory, TacticalAssessment } from './tactical-assessment';

/** The protective marking printed at the top and bottom of every page. */
export const PACK_MARKING = 'OFFICIAL-SENSITIVE';

export const INFORMATION_SHARING_REMINDER =
  'This pack is shared under the partnership information sharing agreement. It holds ' +
  'OFFICIAL-SENSITIVE information: do not forward it outside the attending agencies, do not ' +
  'discuss named cases in the open part of the meeting, and destroy printed copies after use.';

/** The agencies of a multi-agency ASB tasking group, for the attendance table. */
export const TASKING_AGENCIES: readonly string[] = [
  'Borough council: community safety',
  'Borough council: housing',
  'Borough council: environmental services',
  'County council: adult social care',
  "County council: children's services",
  'Police',
  'Fire and rescue',
  'Probation',
  'NHS',
  'Housing associations',
];

/** Columns of the action log, as the meeting issue fills it. */
export const ACTION_LOG_COLUMNS: readonly string[] = [
  'Ref',
  'Action',
  'Target',
  'Owner agency',
  'Officer',
  'Due',
  'Status',
  'RAG',
];

/** Powers the group reviews under item 7. */
export const POWERS: readonly string[] = [
  'Public Spaces Protection Orders (PSPOs)',
  'Community Protection Notices (CPNs)',
  'Dispersal directions',
  'Closure notices and orders',
  'Civil injunctions',
  'Criminal Behaviour Orders (CBOs)',
  'Acceptable Behaviour Contracts (ABCs)',
];

export interface HeaderItem {
  kind: 'header';
  /** The expected list: the previous meeting's agencies (or the partner directory), to fill in. */
  attendance: { agency: string; name: string; present: string }[];
}
export interface ActionLogItem {
  kind: 'action-log';
  columns: readonly string[];
  /**
   * The open actions to review (never restricted ones): overdue and carried forward first,
   * oldest first, then the other open actions, then those done since the last meeting.
   */
  rows: string[][];
  note: string;
  /** Last month's decisions (open notes only), or null when no earlier month decided anything. */
  decisions: MonthDecisions | null;
  /** Referrals to the CSP board still awaiting a reply, oldest first. */
  awaitingReply: BoardEscalation[];
}
export interface AssessmentItem {
  kind: 'tactical-assessment';
  assessment: TacticalAssessment;
  /** Sentences on significant rises and exceedance signals: the emerging issues. */
  emerging: string[];
  map: PackMap;
}
export interface ExistingTargetsItem {
  kind: 'existing-targets';
  targets: PackTarget[];
}
export interface NominationsItem {
  kind: 'nominations';
  /** Nominated targets, with this month's evidence where the analysis proposed them. */
  nominations: PackTarget[];
  /** Candidates the analysis proposes that are neither targets nor nominations yet. */
  candidates: Candidate[];
  /** What the analysis left out (places outside the study area), in words; null when nothing. */
  note: string | null;
}
export interface VictimsItem {
  kind: 'victims';
  /** Counts only; `count` null with its reason where the loaded data does not hold the figure. */
  rows: { measure: string; count: number | null; note: string }[];
}
export interface CohesionItem {
  kind: 'cohesion';
  categories: AssessmentCategory[];
  /** Categories the data does not hold, named so a missing row is not read as none. */
  notHeld: string[];
  seasonalRisks: string[];
}
export interface PowersItem {
  kind: 'powers';
  powers: readonly string[];
}
export interface CloseItem {
  kind: 'close';
  escalations: PackTarget[];
  /** Referrals to the CSP board still awaiting a reply, oldest first. */
  awaitingReply: BoardEscalation[];
  nextMeeting: { date: string | null; month: MonthId; rule: string };
}

export type AgendaContent =
  | HeaderItem
  | ActionLogItem
  | AssessmentItem
  | ExistingTargetsItem
  | NominationsItem
  | VictimsItem
  | CohesionItem
  | PowersItem
  | CloseItem;

/** One agenda item: its number in the model order, its heading, and what fills it. */
export type AgendaItem = AgendaContent & { number: number; title: string };

/** The tasking pack for a meeting month, as data: every renderer (HTML, .docx) reads this. */
export interface Pack {
  meetingMonth: MonthId;
  /** YYYY-MM-DD when known. */
  meetingDate: string | null;
  title: string;
  marking: typeof PACK_MARKING;
  informationSharing: string;
  generatedAt: string;
  /** What was loaded (sources, months) and what is missing, in words. */
  dataNote: string;
  /** In the model order, numbered 0–8. */
  agenda: AgendaItem[];
  /** Every target of the state with its figures: the target table, CSV and GeoJSON. */
  targets: PackTarget[];
}

/** What {@link buildPack} is built from. */
export interface PackInputs {
  meetingMonth: MonthId;
  meetingDate?: string | null;
  state: TaskingState;
  candidates: Candidate[];
  beforeAfter: TargetBeforeAfter[];
  assessment: TacticalAssessment;
  map: PackMap;
  generatedAt: Date;
  dataNote: string;
  /** Name of the group, e.g. "Demo Borough ASB Multi Agency Tasking Group". */
  groupName?: string;
  /** What the candidates left out (places outside the study area), in words. */
  candidatesNote?: string | null;
}

/** Headings of the model agenda, items 0–8. */
export const AGENDA_TITLES = [
  'Welcome, information sharing and attendance',
  'Action log from the last meeting',
  'Tactical assessment',
  'Existing target locations',
  'New candidates and nominations',
  'Repeat and vulnerable victims, ASB case reviews',
  'Community tensions, cohesion and hate',
  'Use of powers',
  'Escalations, any other business and next meeting',
] as const;

const COHESION_CATEGORIES = ['hate-crime', 'hate-incident', 'cohesion'];

/** Builds the pack for a meeting month from the state and the month's analysis. Pure. */
export function buildPack(inputs: PackInputs): Pack {
  const { meetingMonth, state, candidates, assessment } = inputs;
  const targets = packTargets(state, candidates, inputs.beforeAfter, meetingMonth);
  const contents: AgendaContent[] = [
    { kind: 'header', attendance: expectedAttendance(state, meetingMonth) },
    actionLogItem(state, meetingMonth, reviewDay(inputs)),
    {
      kind: 'tactical-assessment',
      assessment,
      emerging: emergingIssues(assessment.categories),
      map: inputs.map,
    },
    { kind: 'existing-targets', targets: targets.filter((t) => t.section === 'existing') },
    {
      kind: 'nominations',
      nominations: targets.filter((t) => t.section === 'nomination'),
      candidates: candidates.filter((c) => c.targetId === null && !nominatedFrom(state, c)),
      note: inputs.candidatesNote ?? null,
    },
    { kind: 'victims', rows: victimRows(assessment) },
    cohesionItem(assessment, meetingMonth),
    { kind: 'powers', powers: POWERS },
    {
      kind: 'close',
      escalations: targets.filter((t) => t.status === 'escalated'),
      awaitingReply: awaitingReply(state),
      nextMeeting: nextMeeting(meetingMonth, inputs.meetingDate ?? null),
    },
  ];
  const group = inputs.groupName ?? 'ASB Multi Agency Tasking Group';
  return {
    meetingMonth,
    meetingDate: inputs.meetingDate ?? null,
    title: `${group}: ${monthLabel(meetingMonth)}`,
    marking: PACK_MARKING,
    informationSharing: INFORMATION_SHARING_REMINDER,
    generatedAt: inputs.generatedAt.toISOString(),
    dataNote: inputs.dataNote,
    agenda: contents.map((content, number) => ({
      ...content,
      number,
      title: AGENDA_TITLES[number]!,
    })),
    targets,
  };
}

/** The day the action statuses are read on: the meeting date, else the day the pack is made. */
function reviewDay(inputs: PackInputs): string {
  return inputs.meetingDate ?? inputs.generatedAt.toISOString().slice(0, 10);
}

/** Who is expected: those on the previous meeting's list, else the partner directory. */
function expectedAttendance(state: TaskingState, month: MonthId): HeaderItem['attendance'] {
  const previous = previousMeeting(state, month);
  if (previous && previous.attendance.length > 0)
    return previous.attendance.map((a) => ({ agency: a.agency, name: a.name, present: '' }));
  const agencies =
    state.partners.length > 0 ? state.partners.map((p) => p.agency) : [...TASKING_AGENCIES];
  return agencies.map((agency) => ({ agency, name: '', present: '' }));
}

/** When the previous meeting ended, so actions done since then are reviewed; null when none. */
function previousMeetingEnd(previous: Meeting | undefined): string | null {
  if (!previous) return null;
  if (previous.closedAt) return previous.closedAt;
  return previous.date ? `${previous.date}T23:59:59.999Z` : null;
}

function actionLogItem(state: TaskingState, month: MonthId, day: string): ActionLogItem {
  const since = previousMeetingEnd(previousMeeting(state, month));
  const rows = actionsForMeeting(state.actions, day, { since, restricted: false }).map(
    ({ action, shown, rag }) => [
      action.id,
      action.text,
      actionTargetText(state, action),
      action.agency,
      action.officer,
      action.due,
      statusWord(shown),
      ragWord(rag),
    ],
  );
  const decisionMonth = decisionMonthBefore(state, month);
  const note =
    state.actions.length === 0
      ? 'No actions recorded yet.'
      : `Statuses as on ${day}: overdue and carried-forward actions first, oldest first; ` +
        'then the other open actions, then those done since the last meeting.';
  return {
    kind: 'action-log',
    columns: ACTION_LOG_COLUMNS,
    rows,
    note,
    decisions:
      decisionMonth === null ? null : decisionsOfMonth(state, decisionMonth, { restricted: false }),
    awaitingReply: awaitingReply(state),
  };
}

function nominatedFrom(state: TaskingState, candidate: Candidate): boolean {
  return state.targets.some((t) => t.origin.ref === candidate.id && t.status === 'nominated');
}

function emergingIssues(categories: readonly AssessmentCategory[]): string[] {
  const issues: string[] = [];
  for (const c of categories) {
    if (c.exceedance.signal === 'concern') issues.push(`${c.label}: ${c.exceedance.description}.`);
    for (const comparison of Object.values(c.comparisons)) {
      if (comparison.verdict === 'significantRise') issues.push(comparison.sentence);
    }
  }
  return issues;
}

function victimRows(assessment: TacticalAssessment): VictimsItem['rows'] {
  const personal = assessment.categories.find((c) => c.category === 'asb-personal');
  const notHeld = 'not held in the loaded data';
  return [
    {
      measure: 'Personal ASB incidents (targeted at an individual or group), this month',
      count: personal?.comparisons.monthOnMonth.current.count ?? null,
      note: personal ? 'from the local extracts' : notHeld,
    },
    { measure: 'Repeat victims (3+ reports in 6 months)', count: null, note: notHeld },
    { measure: 'Vulnerable victims referred', count: null, note: notHeld },
    { measure: 'ASB case reviews (community trigger) activated', count: null, note: notHeld },
  ];
}

function cohesionItem(assessment: TacticalAssessment, month: MonthId): CohesionItem {
  const held = assessment.categories.filter((c) => COHESION_CATEGORIES.includes(c.category));
  const heldIds = new Set(held.map((c) => c.category));
  return {
    kind: 'cohesion',
    categories: held,
    notHeld: COHESION_CATEGORIES.filter((id) => !heldIds.has(id)),
    seasonalRisks: seasonalRisks(month),
  };
}

/** Seasonal risks of the month after the meeting month (practice, DOMAIN.md). */
export function seasonalRisks(month: MonthId): string[] {
  const next = (Number(month.slice(5, 7)) % 12) + 1;
  const risks: string[] = [];
  if (next === 10 || next === 11)
    risks.push('Halloween and bonfire night: secondary arson, fireworks misuse, youth nuisance.');
  if (next >= 6 && next <= 8)
    risks.push('Summer holidays: youth nuisance, off-road bikes, open-space fires.');
  if (next === 12 || next === 1)
    risks.push('Christmas and New Year: night-time economy, alcohol-related disorder.');
  if (next === 4 || next === 5)
    risks.push('Lighter evenings: rising youth nuisance and off-road bikes.');
  return risks;
}

/** The next meeting after the one of `month` on `date` (or just the next month when no date). */
export function nextMeeting(month: MonthId, date: string | null): CloseItem['nextMeeting'] {
  if (!date) return { date: null, month: addMonths(month, 1), rule: NEXT_MEETING_RULE };
  const next = nextMeetingDate(date);
  return {
    date: next,
    month: next.slice(0, 7),
    rule: `${NEXT_MEETING_RULE}; this meeting is on the ${meetingRuleOf(date)}`,
  };
}
