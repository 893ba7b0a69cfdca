import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { countingSourcesQuery } from '../../queries/counting-sources';
import type { CategoryCounting } from '../../reports/counting-sources-report';
import { contestedCategories } from '../../reports/counting-statement';
import type { CountFrom } from '../../sql/counting-sources';
import './counting.css';

interface Props {
  countFrom: CountFrom;
  /** The sources the view is narrowed to: the choice is among them. */
  sources: readonly string[];
  onChange: (countFrom: CountFrom) => void;
}

const rows = (n: number) => n.toLocaleString('en-GB');

/** Every source that recorded the category, most rows first (a stable order whatever is chosen). */
function sourcesOf(c: CategoryCounting) {
  return [c.counted, ...c.alsoRecorded].sort(
    (a, b) => b.loadedRows - a.loadedRows || a.source.localeCompare(b.source),
  );
}

/**
 * One choice per category that more than one source recorded: which source counts. Choosing
 * the default source removes the choice, so the link keeps only what the analyst changed.
 */
export function CountFromControl({ countFrom, sources, onChange }: Props) {
  const { db, version } = useDatabase();
  const { data } = useQuery(countingSourcesQuery(db, version, { sources, countFrom }));
  const contested = data ? contestedCategories(data) : [];
  if (contested.length === 0) return null;

  function choose(c: CategoryCounting, source: string) {
    const next: Record<string, string> = { ...countFrom };
    if (source === c.defaultSource) delete next[c.category];
    else next[c.category] = source;
    onChange(next);
  }

  return (
    <fieldset className="count-from" data-testid="count-from">
      <legend>Count each category from</legend>
      {contested.map((c) => (
        <label key={c.category}>
          {c.label}
          <select
            value={c.counted.source}
            data-testid={`count-from-${c.category}`}
            onChange={(e) => choose(c, e.target.value)}
          >
            {sourcesOf(c).map((s) => (
              <option key={s.source} value={s.source}>
                {s.source} ({rows(s.loadedRows)}){s.source === c.defaultSource ? ' – default' : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
