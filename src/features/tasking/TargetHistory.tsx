import type { Target } from '../../tasking/tasking-state';
import { STATUS_TEXT } from './target-text';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Every recorded change of a target: when, by whom, in which meeting month, and why. */
export function TargetHistory({ target }: { target: Target }) {
  return (
    <table className="table tasking-table" data-testid="target-history">
      <caption>History of {target.id}</caption>
      <thead>
        <tr>
          <th scope="col">Recorded</th>
          <th scope="col">Meeting month</th>
          <th scope="col">Change</th>
          <th scope="col">Status</th>
          <th scope="col">By</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {target.history.map((e, i) => (
          <tr key={i}>
            <td>{when(e.at)}</td>
            <td>{e.month}</td>
            <td>{e.change}</td>
            <td>
              {e.from ? `${STATUS_TEXT[e.from]} → ` : ''}
              {STATUS_TEXT[e.to]}
            </td>
            <td>{e.by}</td>
            <td>{e.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
