import { useId, useState } from 'react';
import { download } from '../../components/download';
import type { TaskingState } from '../../tasking/tasking-state';
import { ConfirmButton } from '../workspace/ConfirmButton';
import { parseTaskingState, serializeTaskingState } from '../../tasking/state-file';
import type { TaskingActions } from './use-tasking-state';

interface Props {
  state: TaskingState;
  savedAt: string | null;
  actions: TaskingActions;
}

/** Export and import of the whole tasking state as one file, and its deletion. */
export function StateFilePanel({ state, savedAt, actions }: Props) {
  const [pending, setPending] = useState<{ name: string; state: TaskingState } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();

  async function read(file: File) {
    setPending(null);
    const parsed = parseTaskingState(await file.text());
    if (!parsed.ok) {
      setMessage({
        text: `${file.name} was not imported: ${parsed.message} Nothing was changed.`,
        error: true,
      });
      return;
    }
    setMessage(
      parsed.migratedFrom !== null
        ? {
            text: `${file.name} is in an older format (version ${parsed.migratedFrom}); it will be brought up to date.`,
            error: false,
          }
        : null,
    );
    setPending({ name: file.name, state: parsed.state });
  }

  return (
    <section className="state-file" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Tasking state</h2>
      <p>
        Targets, their history and the settings are kept in this browser, apart from the incident
        workspace: <strong>“Clear workspace” does not remove them</strong>, because targets are a
        memory across months. {state.targets.length} target{state.targets.length === 1 ? '' : 's'}
        {savedAt ? `, last saved ${new Date(savedAt).toLocaleString('en-GB')}` : ''}.
      </p>
      <h3>Export</h3>
      <p className="muted">
        One JSON file holding everything; the command line’s <code>--state</code> reads the same
        file.
      </p>
      <button
        type="button"
        onClick={() =>
          download(
            `tasking-state-${state.meetingMonth ?? 'new'}.json`,
            serializeTaskingState(state, new Date(state.savedAt)),
            'application/json',
          )
        }
      >
        Export tasking state
      </button>
      <h3>Import</h3>
      <label htmlFor={`${id}-file`}>
        A tasking state file (.json) to replace this browser’s
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          data-testid="state-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {pending && (
        <p className="confirm" role="group" aria-label="Replace the tasking state">
          Replace the {state.targets.length} targets here with the {pending.state.targets.length} in{' '}
          {pending.name}?{' '}
          <button
            type="button"
            className="danger"
            onClick={() => {
              const chosen = pending;
              setPending(null);
              void actions.replace(chosen.state).then(
                () => setMessage({ text: `Imported ${chosen.name}.`, error: false }),
                (error: unknown) =>
                  setMessage({ text: `Not imported: ${String(error)}`, error: true }),
              );
            }}
          >
            Replace with the file
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </p>
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error' : undefined}
          data-testid="state-message"
        >
          {message.text}
        </p>
      )}
      <h3>Delete</h3>
      <ConfirmButton
        label="Delete tasking state"
        warning={`Delete all ${state.targets.length} targets, their history and the settings from this browser? Export first if you may need them.`}
        confirmLabel="Delete the tasking state"
        danger
        onConfirm={actions.remove}
      />
    </section>
  );
}
