import type { Target } from '../../tasking/tasking-state';
import { STATUS_TEXT } from './target-text';

interface Props {
  targets: readonly Target[];
  selected: string | null;
  onSelect: (id: string) => void;
}

const ORIGIN_TEXT: Record<Target['origin']['kind'], string> = {
  'hotspot-cluster': 'Hotspot cluster',
  'repeat-location': 'Repeat location',
  street: 'Street',
  area: 'Area',
  drawn: 'Drawn',
  partner: 'Partner',
};

/** Every target with its status, lead agency and last recorded change. */
export function TargetsTable({ targets, selected, onSelect }: Props) {
  if (targets.length === 0)
    return <p className="muted">No targets yet: make one from a candidate or nominate a place.</p>;
  return (
    <table className="table tasking-table" data-testid="targets-table">
      <caption>Target locations ({targets.length})</caption>
      <thead>
        <tr>
          <th scope="col">Id</th>
          <th scope="col">Place</th>
          <th scope="col">From</th>
          <th scope="col">Status</th>
          <th scope="col">Lead agency</th>
          <th scope="col">Nominated</th>
          <th scope="col">Tasked</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => {
          const last = t.history[t.history.length - 1];
          return (
            <tr key={t.id} aria-selected={t.id === selected} data-testid={`target-row-${t.id}`}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-label={`Open ${t.id}: ${t.name}`}
                  aria-pressed={t.id === selected}
                  onClick={() => onSelect(t.id)}
                >
                  {t.id}
                </button>
              </th>
              <td>{t.name}</td>
              <td>{ORIGIN_TEXT[t.origin.kind]}</td>
              <td data-testid="target-status">{STATUS_TEXT[t.status]}</td>
              <td>{t.leadAgency ?? '—'}</td>
              <td>{t.nominatedMonth}</td>
              <td>{t.taskedMonth ?? '—'}</td>
              <td>{last ? `${last.change} by ${last.by}, ${last.month}` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
