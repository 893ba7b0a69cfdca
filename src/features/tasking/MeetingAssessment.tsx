import type { AssessmentItem } from '../../tasking/pack/pack-model';
import type { MeetingContext } from './meeting-context';
import { MeetingNotes } from './MeetingNotes';

const count = (n: number | null) => (n === null ? 'no data' : n.toLocaleString('en-GB'));

/** Item 2: the tactical assessment in brief — each top-level category this month and the emerging issues. */
export function MeetingAssessment({ ctx }: { ctx: MeetingContext }) {
  const item = ctx.pack?.agenda.find(
    (a): a is AssessmentItem & { number: number; title: string } =>
      a.kind === 'tactical-assessment',
  );
  return (
    <div>
      {!item ? (
        <p role="status">Preparing the tactical assessment…</p>
      ) : (
        <>
          <table className="meeting-table">
            <caption>This month against last month and the same month last year</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">This month</th>
                <th scope="col">Last month</th>
                <th scope="col">Same month last year</th>
              </tr>
            </thead>
            <tbody>
              {item.assessment.categories
                .filter((c) => c.parent === null)
                .map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{c.label}</th>
                    <td>{count(c.comparisons.monthOnMonth.current.count)}</td>
                    <td>{count(c.comparisons.monthOnMonth.previous.count)}</td>
                    <td>{count(c.comparisons.sameMonthLastYear.previous.count)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h3>Emerging issues</h3>
          {item.emerging.length === 0 ? (
            <p>No significant rise or exceedance this month.</p>
          ) : (
            <ul>
              {item.emerging.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <MeetingNotes ctx={ctx} item={2} kind="decision" label="Decision or note" />
    </div>
  );
}
