import { useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../db/database-context';
import { sourcesQuery } from '../../queries/local-import';

interface Props {
  chosen: readonly string[];
  onChange: (sources: string[]) => void;
}

/** Source checkboxes (police.uk and each local extract's source), shown once data is loaded. */
export function SourceChecks({ chosen, onChange }: Props) {
  const { db, version } = useDatabase();
  const sources = useQuery(sourcesQuery(db, version)).data ?? [];
  if (sources.length === 0) return null;
  const toggle = (source: string) =>
    onChange(chosen.includes(source) ? chosen.filter((s) => s !== source) : [...chosen, source]);
  return (
    <fieldset data-testid="source-filter">
      <legend>Sources {chosen.length === 0 && '(all)'}</legend>
      {sources.map(({ source, count }) => (
        <label key={source} className="check" data-testid={`source-${source}`} data-count={count}>
          <input
            type="checkbox"
            checked={chosen.includes(source)}
            onChange={() => toggle(source)}
          />
          {source} ({count.toLocaleString('en-GB')})
        </label>
      ))}
    </fieldset>
  );
}
