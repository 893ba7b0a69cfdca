import type { CohesionItem, PowersItem, VictimsItem } from '../../tasking/pack/pack-model';
import type { MeetingContext } from './meeting-context';
import { MeetingNotes } from './MeetingNotes';

function packItem<K extends string>(ctx: MeetingContext, kind: K) {
  return ctx.pack?.agenda.find((a) => a.kind === kind);
}

/** Item 5: counts only in the open part; named cases only in the restricted part, marked. */
export function MeetingVictims({ ctx }: { ctx: MeetingContext }) {
  const item = packItem(ctx, 'victims') as VictimsItem | undefined;
  return (
    <div>
      <p className="meeting-lead">
        Counts only.{' '}
        {ctx.meeting.restrictedPart
          ? 'The restricted part is on: named cases may be discussed and are left out of the open minutes.'
          : 'Named cases are discussed only in the restricted part.'}
      </p>
      {!item ? (
        <p role="status">Preparing the counts…</p>
      ) : (
        <table className="meeting-table" data-testid="victim-counts">
          <tbody>
            {item.rows.map((r) => (
              <tr key={r.measure}>
                <th scope="row">{r.measure}</th>
                <td>{r.count === null ? 'not held' : r.count.toLocaleString('en-GB')}</td>
                <td className="muted">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MeetingNotes ctx={ctx} item={5} kind="decision" label="Decision or note" />
      {ctx.meeting.restrictedPart ? (
        <section className="restricted-part" aria-label="Restricted case notes">
          <h3>RESTRICTED: named cases</h3>
          <MeetingNotes ctx={ctx} item={5} kind="restricted-case" label="Restricted case note" />
        </section>
      ) : (
        // In the open part only the number of restricted notes shows, never their text.
        <MeetingNotes ctx={ctx} item={5} kind="restricted-case" label="Restricted case note" />
      )}
    </div>
  );
}

/** Item 6: hate and cohesion categories held in the data, those not held, and seasonal risks. */
export function MeetingCohesion({ ctx }: { ctx: MeetingContext }) {
  const item = packItem(ctx, 'cohesion') as CohesionItem | undefined;
  return (
    <div>
      {!item ? (
        <p role="status">Preparing the cohesion figures…</p>
      ) : (
        <>
          {item.categories.length > 0 && (
            <ul>
              {item.categories.map((c) => (
                <li key={c.category}>
                  {c.label}: {c.comparisons.monthOnMonth.current.count ?? 'no data'} this month.{' '}
                  {c.comparisons.monthOnMonth.sentence}
                </li>
              ))}
            </ul>
          )}
          {item.notHeld.length > 0 && (
            <p>Not held in the loaded data (not zero): {item.notHeld.join(', ')}.</p>
          )}
          <h3>Seasonal risks next month</h3>
          {item.seasonalRisks.length === 0 ? (
            <p>None listed.</p>
          ) : (
            <ul>
              {item.seasonalRisks.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <MeetingNotes ctx={ctx} item={6} kind="decision" label="Decision or note" />
    </div>
  );
}

/** Item 7: the powers reviewed, and what the group decides on them. */
export function MeetingPowers({ ctx }: { ctx: MeetingContext }) {
  const item = packItem(ctx, 'powers') as PowersItem | undefined;
  return (
    <div>
      {item && (
        <ul className="meeting-powers">
          {item.powers.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <MeetingNotes ctx={ctx} item={7} kind="decision" label="Decision or note" />
    </div>
  );
}
