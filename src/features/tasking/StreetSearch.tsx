import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import { streetSearchQuery } from '../../queries/tasking';
import type { IncidentFilter } from '../../sql/filters';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { placeAroundPoints } from './place-geometry';

interface Props {
  filter: IncidentFilter;
  onPick: (place: NominationInput) => void;
}

/** Finds streets and places by name in the loaded data; picking one makes it a place to nominate. */
export function StreetSearch({ filter, onPick }: Props) {
  const { db, version } = useDatabase();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const results = useQuery(streetSearchQuery(db, version, deferred, filter));
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Search a street or place by name</h3>
      <label htmlFor={id}>
        Street or place name (two letters or more)
        <input
          id={id}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="street-search"
        />
      </label>
      {results.error && (
        <p className="error" role="alert">
          The search failed: {String(results.error)}
        </p>
      )}
      {results.data && results.data.length === 0 && (
        <p className="muted">No street or place in the loaded data matches “{deferred}”.</p>
      )}
      {results.data && results.data.length > 0 && (
        <table className="table tasking-table" data-testid="street-results">
          <caption>Streets and places matching “{deferred}”</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="num">
                Incidents
              </th>
              <th scope="col" className="num">
                Map points
              </th>
              <th scope="col">
                <span className="visually-hidden">Nominate</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {results.data.map((r) => (
              <tr key={r.street}>
                <th scope="row">{r.street}</th>
                <td className="num">{r.count}</td>
                <td className="num">{r.pointCount}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Nominate ${r.street}`}
                    onClick={() =>
                      onPick({
                        name: r.street,
                        geometry: placeAroundPoints(r.points),
                        origin: { kind: 'street', ref: r.street },
                      })
                    }
                  >
                    Nominate…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
