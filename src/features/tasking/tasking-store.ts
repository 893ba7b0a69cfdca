import type { TaskingState } from '../../tasking/tasking-state';
import {
  emptyTaskingState,
  parseTaskingState,
  serializeTaskingState,
} from '../../tasking/state-file';
import { deleteStateText, readStateText, writeStateText } from './tasking-idb';

/** What the page knows of the tasking state kept in this browser. */
export interface TaskingStoreSnapshot {
  /** The confirmed state (what is on disk); null until it has been read at page open. */
  state: TaskingState | null;
  /** Why the stored state could not be read; changes are refused until it is deleted or replaced. */
  loadProblem: string | null;
  /** Notes from reading an older stored state (migrations applied). */
  notes: string[];
  /** True while a change is being written. */
  saving: boolean;
  /** When the last change was confirmed on disk (ISO), this page. */
  savedAt: string | null;
  /** Why the last change could not be saved (it was not applied). */
  saveError: string | null;
}

let snapshot: TaskingStoreSnapshot = {
  state: null,
  loadProblem: null,
  notes: [],
  saving: false,
  savedAt: null,
  saveError: null,
};
const listeners = new Set<() => void>();
let reading: Promise<void> | null = null;
/** Changes are written one after another, in the order they were made. */
let queue: Promise<unknown> = Promise.resolve();

function publish(next: Partial<TaskingStoreSnapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export function subscribeTaskingStore(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function taskingSnapshot(): TaskingStoreSnapshot {
  return snapshot;
}

/** Reads the stored state once per page; an empty state when none was saved. */
export function openTaskingStore(): Promise<void> {
  reading ??= (async () => {
    try {
      const text = await readStateText();
      if (text === null) {
        publish({ state: emptyTaskingState(), loadProblem: null });
        return;
      }
      const parsed = parseTaskingState(text);
      if (parsed.ok)
        publish({
          state: parsed.state,
          notes: migratedNote(parsed.migratedFrom),
          loadProblem: null,
        });
      else
        publish({
          state: emptyTaskingState(),
          loadProblem: `The tasking state kept in this browser could not be read: ${parsed.message}`,
        });
    } catch (error) {
      publish({
        state: emptyTaskingState(),
        loadProblem: `This browser's storage could not be opened for the tasking state: ${String(error)}`,
      });
    }
  })();
  return reading;
}

/**
 * Applies `change` to the confirmed state, writes the whole document and, once the write is
 * complete, makes it the state the page shows. Resolves with the new state; rejects (and changes
 * nothing) when the change throws or the write fails.
 */
export function commitTasking(
  change: (state: TaskingState) => TaskingState,
): Promise<TaskingState> {
  const run = async (): Promise<TaskingState> => {
    await openTaskingStore();
    if (snapshot.loadProblem)
      throw new Error(
        `${snapshot.loadProblem} Import a state file or delete the stored state before making changes.`,
      );
    const current = snapshot.state ?? emptyTaskingState();
    publish({ saving: true, saveError: null });
    try {
      const now = new Date();
      const next = { ...change(current), savedAt: now.toISOString() };
      await writeStateText(serializeTaskingState(next, now));
      publish({ state: next, saving: false, savedAt: next.savedAt });
      return next;
    } catch (error) {
      publish({ saving: false, saveError: `Not saved: ${errorText(error)}` });
      throw error;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Replaces the whole state (an imported file), clearing a load problem once written. */
export function replaceTasking(state: TaskingState): Promise<TaskingState> {
  const run = async (): Promise<TaskingState> => {
    await openTaskingStore();
    publish({ saving: true, saveError: null });
    try {
      await writeStateText(serializeTaskingState(state, new Date(state.savedAt)));
      publish({ state, loadProblem: null, notes: [], saving: false, savedAt: state.savedAt });
      return state;
    } catch (error) {
      publish({ saving: false, saveError: `Not saved: ${errorText(error)}` });
      throw error;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Deletes the stored state; the page starts again from an empty one. */
export function deleteTasking(): Promise<void> {
  const run = async (): Promise<void> => {
    await deleteStateText();
    publish({ state: emptyTaskingState(), loadProblem: null, notes: [], savedAt: null });
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function migratedNote(from: number | null): string[] {
  return from === null
    ? []
    : [
        `The stored tasking state was written in format version ${from} and has been brought up to date.`,
      ];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
