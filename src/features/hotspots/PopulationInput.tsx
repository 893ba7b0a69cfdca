import { useState } from 'react';
import { useDatabase } from '../../db/database-context';
import type { PopulationTable } from '../../queries/hotspots';
import { clearPopulation, setPopulationCsv } from './population-store';

interface Props {
  population: PopulationTable | null;
}

/** An optional population CSV (code, name, population) for rates per 1,000 residents. */
export function PopulationInput({ population }: Props) {
  const { db } = useDatabase();
  const [error, setError] = useState<string | null>(null);
  async function read(file: File | undefined) {
    if (!file || !db) return;
    try {
      await setPopulationCsv(db, file.name, await file.text());
      setError(null);
    } catch (e) {
      setError(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
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
          {population.name}: {population.values.size.toLocaleString('en-GB')} areas, kept in the
          workspace{' '}
          <button type="button" onClick={() => void (db && clearPopulation(db))}>
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
