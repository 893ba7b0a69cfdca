import { useId, useState } from 'react';
import { categoryById } from '../../sql/taxonomy';
import type { TaskingSettings } from '../../tasking/tasking-state';
import { DEFAULT_TASKING_SETTINGS } from '../../tasking/tasking-state';

interface Props {
  settings: TaskingSettings;
  onSave: (settings: TaskingSettings) => Promise<void>;
}

type NumberKey = Exclude<keyof TaskingSettings, 'harmWeights'>;

const NUMBERS: { key: NumberKey; label: string; help: string; min: number; step: number }[] = [
  {
    key: 'recentMonths',
    label: 'Recent months',
    help: 'Months up to the data month counted as “recent”.',
    min: 1,
    step: 1,
  },
  {
    key: 'baselineMonths',
    label: 'Baseline months',
    help: 'Months before the recent window each place is compared with.',
    min: 1,
    step: 1,
  },
  {
    key: 'candidateCount',
    label: 'Candidates shown',
    help: 'How many ranked places to list (and the CLI proposes as targets without a state).',
    min: 1,
    step: 1,
  },
  {
    key: 'minCount',
    label: 'Smallest recent count',
    help: 'A place needs at least this many recent incidents to be a candidate.',
    min: 0,
    step: 1,
  },
  {
    key: 'bufferMetres',
    label: 'Buffer width (m)',
    help: 'Width of the ring around a target used to look for displacement.',
    min: 10,
    step: 10,
  },
  {
    key: 'monitoringMonths',
    label: 'Monitoring months',
    help: 'Months a closed target is watched before it can come back as a new candidate.',
    min: 0,
    step: 1,
  },
  {
    key: 'matchOverlap',
    label: 'Same-place overlap',
    help: 'Share (0–1) of a candidate’s area that must overlap a target for the two to be the same place.',
    min: 0,
    step: 0.05,
  },
  {
    key: 'otherWeight',
    label: 'Weight of other categories',
    help: 'Harm weight of categories not listed below (0 leaves them out of scores).',
    min: 0,
    step: 0.5,
  },
];

/** The analysis settings, each with its default stated; saved with the tasking state. */
export function SettingsForm({ settings, onSave }: Props) {
  const [draft, setDraft] = useState(settings);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const d = DEFAULT_TASKING_SETTINGS;
  const weightIds = [
    ...new Set([...Object.keys(d.harmWeights), ...Object.keys(draft.harmWeights)]),
  ];

  async function save(next: TaskingSettings, done: string) {
    try {
      await onSave(next);
      setDraft(next);
      setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <form
      className="tasking-settings"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft, 'Settings saved.');
      }}
    >
      <h2 id={`${id}-h`}>Settings</h2>
      <p className="muted">
        Kept with the tasking state (and in its exported file). Changing them re-ranks the
        candidates.
      </p>
      <fieldset>
        <legend>Harm weights (how much one incident of each category counts)</legend>
        <div className="settings-grid">
          {weightIds.map((cat) => (
            <label key={cat} htmlFor={`${id}-w-${cat}`}>
              {categoryById(cat)?.label ?? cat}{' '}
              <span className="muted">(default {d.harmWeights[cat] ?? d.otherWeight})</span>
              <input
                id={`${id}-w-${cat}`}
                type="number"
                min={0}
                step={0.5}
                value={draft.harmWeights[cat] ?? d.otherWeight}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    harmWeights: { ...draft.harmWeights, [cat]: Number(e.target.value) },
                  })
                }
              />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Windows and thresholds</legend>
        <div className="settings-grid">
          {NUMBERS.map((n) => (
            <label key={n.key} htmlFor={`${id}-${n.key}`}>
              {n.label} <span className="muted">(default {d[n.key]})</span>
              <input
                id={`${id}-${n.key}`}
                type="number"
                min={n.min}
                max={n.key === 'matchOverlap' ? 1 : undefined}
                step={n.step}
                value={draft[n.key]}
                aria-describedby={`${id}-${n.key}-help`}
                onChange={(e) => setDraft({ ...draft, [n.key]: Number(e.target.value) })}
              />
              <small id={`${id}-${n.key}-help`} className="muted">
                {n.help}
              </small>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-buttons">
        <button type="submit">Save settings</button>
        <button
          type="button"
          onClick={() => void save(structuredClone(d), 'Settings reset to the defaults.')}
        >
          Reset to defaults
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
