import { useState } from 'react';
import type { PopulationTable } from '../../queries/hotspots';
import { parsePopulationCsv } from '../../reports/areas-report';

interface Props {
  population: PopulationTable | null;
  onChange: (population: PopulationTable | null) => void;
}

/** An optional population CSV (code, name, population) for rates per 1,000 residents. */
export function PopulationInput({ population, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  async function read(file: File | undefined) {
    if (!file) return;
    try {
      onChange({ name: file.name, values: parsePopulationCsv(await file.text()) });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <section className="panel">
      <label>
        Population CSV for rates (code, name, population)
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </label>
      {population && (
        <p className="muted">
          {population.name}: {population.values.size.toLocaleString('en-GB')} areas{' '}
          <button type="button" onClick={() => onChange(null)}>
            clear
          </button>
        </p>
      )}
      {!population && (
        <p className="muted">Without one, a population property in the boundary file is used.</p>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
