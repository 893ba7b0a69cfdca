import { useQuery } from '@tanstack/react-query';
import { addMonths } from '../../analytics/months';
import { useDatabase } from '../../db/database-context';
import { toBng } from '../../ingest/bng';
import { repeatLocationsQuery } from '../../queries/hotspots';
import type { IncidentFilter } from '../../sql/filters';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { placeAroundPoints } from './place-geometry';

interface Props {
  filter: IncidentFilter;
  month: string;
  recentMonths: number;
  onPick: (place: NominationInput) => void;
}

/** The busiest repeat locations (single map points) of the recent months, to nominate one. */
export function RepeatLocationPick({ filter, month, recentMonths, onPick }: Props) {
  const { db, version } = useDatabase();
  const recent = { ...filter, fromMonth: addMonths(month, 1 - recentMonths), toMonth: month };
  const report = useQuery(repeatLocationsQuery(db, version, recent, 'place')).data;
  const top = report?.locations.slice(0, 12) ?? [];
  return (
    <section className="panel" aria-labelledby="repeat-pick-heading">
      <h3 id="repeat-pick-heading">Pick a repeat location</h3>
      {!report && <p className="muted">Counting repeat locations…</p>}
      {report && (
        <table className="table tasking-table" data-testid="repeat-pick">
          <caption>
            Busiest map points, {recent.fromMonth} to {month}
          </caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col" className="num">
                Incidents
              </th>
              <th scope="col">
                <span className="visually-hidden">Nominate</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((l) => (
              <tr key={l.key}>
                <th scope="row">{l.name}</th>
                <td className="num">{l.total}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Nominate ${l.name}`}
                    onClick={() =>
                      onPick({
                        name: l.name,
                        geometry: placeAroundPoints([
                          toBng((l.box[0] + l.box[2]) / 2, (l.box[1] + l.box[3]) / 2),
                        ]),
                        origin: { kind: 'repeat-location', ref: l.key },
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
