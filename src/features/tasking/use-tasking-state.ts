import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type {
  MonthId,
  ProblemStatement,
  TaskingSettings,
  TaskingState,
} from '../../tasking/tasking-state';
import type { NominationInput } from '../../tasking/target-lifecycle';
import {
  closeTarget,
  continueTarget,
  declineTarget,
  escalateTarget,
  nominateTarget,
  reopenTarget,
  taskTarget,
} from '../../tasking/target-lifecycle';
import type { TaskingStoreSnapshot } from './tasking-store';
import {
  commitTasking,
  deleteTasking,
  openTaskingStore,
  replaceTasking,
  subscribeTaskingStore,
  taskingSnapshot,
} from './tasking-store';

/** Who made a change and in which meeting month: recorded on every target event. */
export interface Recorded {
  who: string;
  month: MonthId;
}

/** A lifecycle decision on one target that carries a note or reason. */
export type TargetDecision = 'continue' | 'escalate' | 'close' | 'decline' | 'reopen';

const DECISIONS = {
  continue: continueTarget,
  escalate: escalateTarget,
  close: closeTarget,
  decline: declineTarget,
  reopen: reopenTarget,
} as const;

export interface TaskingActions {
  /** Nominates a place as a new target; resolves with the new target's id. */
  nominate: (place: NominationInput, leadAgency: string | null, by: Recorded) => Promise<string>;
  task: (id: string, leadAgency: string, problem: ProblemStatement, by: Recorded) => Promise<void>;
  decide: (id: string, decision: TargetDecision, note: string, by: Recorded) => Promise<void>;
  setSettings: (settings: TaskingSettings) => Promise<void>;
  /** Replaces everything with an imported state. */
  replace: (state: TaskingState) => Promise<void>;
  remove: () => Promise<void>;
}

const now = () => new Date();
const inMonth = (state: TaskingState, month: MonthId): TaskingState =>
  state.meetingMonth !== null && state.meetingMonth >= month
    ? state
    : { ...state, meetingMonth: month };

const ACTIONS: TaskingActions = {
  async nominate(place, leadAgency, { who, month }) {
    let id = '';
    await commitTasking((s) => {
      const made = nominateTarget(s, { ...place, leadAgency }, who, month, now());
      id = made.target.id;
      return inMonth(made.state, month);
    });
    return id;
  },
  async task(id, leadAgency, problem, { who, month }) {
    await commitTasking((s) =>
      inMonth(taskTarget(s, id, { leadAgency, problem }, who, month, now()), month),
    );
  },
  async decide(id, decision, note, { who, month }) {
    await commitTasking((s) => inMonth(DECISIONS[decision](s, id, note, who, month, now()), month));
  },
  async setSettings(settings) {
    await commitTasking((s) => ({ ...s, settings }));
  },
  async replace(state) {
    await replaceTasking(state);
  },
  remove: deleteTasking,
};

/**
 * The tasking state kept in this browser (read at page open) and the actions that change it.
 * Each action resolves once the change is written to disk; until then the page shows the state
 * before it, so what is on screen is what would come back after a crash.
 */
export function useTaskingState(): TaskingStoreSnapshot & { actions: TaskingActions } {
  const snapshot = useSyncExternalStore(subscribeTaskingStore, taskingSnapshot);
  useEffect(() => {
    void openTaskingStore();
  }, []);
  return useMemo(() => ({ ...snapshot, actions: ACTIONS }), [snapshot]);
}
