import type { AgendaAction } from '../../tasking/action-log';
import type { Target } from '../../tasking/tasking-state';
import { ActionRowControls } from './ActionRowControls';
import { RAG_TEXT, STATUS_TEXT } from './action-text';
import type { Recorded } from './use-tasking-state';

interface Props {
  rows: AgendaAction[];
  targets: readonly Target[];
  /** Who records changes; controls are left out when null is passed with `readOnly`. */
  by: Recorded | null;
  readOnly?: boolean;
  caption: string;
  testId?: string;
}

/** Actions with owner, due date, status and RAG (in words as well as colour) and their updates. */
export function ActionTable({ rows, targets, by, readOnly, caption, testId }: Props) {
  if (rows.length === 0) return <p data-testid={testId}>No actions.</p>;
  return (
    <table className="action-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Action</th>
          <th scope="col">Target</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">RAG</th>
          {!readOnly && <th scope="col">Change</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ action, shown, rag }) => {
          const target = targets.find((t) => t.id === action.targetId);
          return (
            <tr key={action.id} data-action={action.id}>
              <th scope="row">{action.id}</th>
              <td>
                {action.text}
                {action.restricted && <span className="restricted-mark"> Restricted</span>}
                {action.updates.length > 0 && (
                  <ul className="action-updates">
                    {action.updates.map((u) => (
                      <li key={u.at}>
                        {u.at.slice(0, 10)} ({u.month}, {u.by}): {STATUS_TEXT[u.status]}
                        {u.due ? `, due ${u.due}` : ''}
                        {u.note ? ` — ${u.note}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{target ? `${target.id} ${target.name}` : 'General'}</td>
              <td>
                {action.agency}
                {action.officer && (
                  <>
                    <br />
                    {action.officer}
                  </>
                )}
              </td>
              <td>{action.due}</td>
              <td>{STATUS_TEXT[shown]}</td>
              <td>
                <span className={`rag rag-${rag}`}>{RAG_TEXT[rag]}</span>
              </td>
              {!readOnly && (
                <td>
                  <ActionRowControls action={action} by={by} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
