import { monthIndex } from '../../analytics/months';
import type { TargetBeforeAfter } from '../../tasking/before-after';
import type { Target } from '../../tasking/tasking-state';
import { ActionForm } from './ActionForm';
import type { MeetingContext } from './meeting-context';
import { TargetDecisionForm } from './TargetDecisionForm';

const STATUS: Record<Target['status'], string> = {
  nominated: 'Nominated',
  active: 'Active',
  escalated: 'Escalated',
  closed: 'Closed',
  declined: 'Declined',
};

/** Targets item 3 reviews: active and escalated, and closed ones still monitored or closed now. */
export function existingTargets(ctx: Pick<MeetingContext, 'state' | 'month'>): Target[] {
  return ctx.state.targets.filter(
    (t) =>
      t.status === 'active' ||
      t.status === 'escalated' ||
      (t.status === 'closed' &&
        t.closure !== null &&
        monthIndex(t.closure.monitorUntil) >= monthIndex(ctx.month)),
  );
}

/** Item 3: each existing target with its last decision, before/after, actions, and this month's decision. */
export function MeetingTargets({ ctx }: { ctx: MeetingContext }) {
  const targets = existingTargets(ctx);
  if (targets.length === 0) return <p>No existing targets.</p>;
  return (
    <ol className="meeting-targets" data-testid="meeting-targets">
      {targets.map((t) => (
        <TargetCard
          key={t.id}
          target={t}
          ctx={ctx}
          beforeAfter={ctx.pack?.targets.find((p) => p.id === t.id)?.beforeAfter ?? null}
        />
      ))}
    </ol>
  );
}

function TargetCard(props: {
  target: Target;
  ctx: MeetingContext;
  beforeAfter: TargetBeforeAfter | null;
}) {
  const { target: t, ctx, beforeAfter } = props;
  const earlier = t.history.filter((e) => e.month < ctx.month && e.change !== 'edited');
  const last = earlier[earlier.length - 1];
  const now = t.history.filter((e) => e.month === ctx.month && e.change !== 'edited');
  const actions = ctx.state.actions.filter(
    (a) =>
      a.targetId === t.id && a.status !== 'done' && (ctx.meeting.restrictedPart || !a.restricted),
  );
  return (
    <li className="meeting-target" data-target={t.id} aria-labelledby={`mt-${t.id}`}>
      <h3 id={`mt-${t.id}`}>
        {t.id} {t.name}
      </h3>
      <p>
        <strong>{STATUS[t.status]}</strong>
        {t.leadAgency ? `, lead ${t.leadAgency}` : ''}
        {t.taskedMonth ? `, tasked ${t.taskedMonth}` : ''}
        {t.closure ? `, closed: ${t.closure.reason} (monitored to ${t.closure.monitorUntil})` : ''}
      </p>
      <p>
        Last decision:{' '}
        {last ? `${last.month} ${last.change}${last.note ? ` — ${last.note}` : ''}` : 'none before'}
      </p>
      <p data-testid="before-after">
        {beforeAfter
          ? beforeAfterText(beforeAfter)
          : ctx.pack
            ? 'No before/after yet.'
            : 'Before/after being prepared…'}
      </p>
      {actions.length > 0 && (
        <p>Open actions: {actions.map((a) => `${a.id} ${a.agency}, due ${a.due}`).join('; ')}</p>
      )}
      {now.length > 0 && (
        <p className="decided" data-testid="decided">
          This meeting: {now.map((e) => `${e.change}${e.note ? ` — ${e.note}` : ''}`).join('; ')}
        </p>
      )}
      {/* Kept after a close too, so its "saved" confirmation stays in view. */}
      {!ctx.readOnly && <TargetDecisionForm target={t} ctx={ctx} />}
      {!ctx.readOnly && (t.status === 'active' || t.status === 'escalated') && (
        <>
          <details className="meeting-more">
            <summary>New action for {t.id}</summary>
            <ActionForm
              state={ctx.state}
              month={ctx.month}
              who={ctx.by.who}
              targetId={t.id}
              restricted={ctx.meeting.restrictedPart}
              label={`New action for ${t.id}`}
            />
          </details>
        </>
      )}
    </li>
  );
}

function beforeAfterText(b: TargetBeforeAfter): string {
  const months = b.afterMonths.length;
  if (months === 0) return `Tasked ${b.taskedMonth ?? ''}: no months after tasking with data yet.`;
  const ratio = b.target.rateRatio;
  const change = ratio
    ? ` (rate ratio ${ratio.estimate.toFixed(2)}, 95% CI ${ratio.lower.toFixed(2)}–${Number.isFinite(ratio.upper) ? ratio.upper.toFixed(2) : '∞'})`
    : '';
  return `Before/after, ${months} month${months === 1 ? '' : 's'} each: ${b.target.before} before, ${b.target.after} after${change}; buffer ${b.buffer.before} → ${b.buffer.after}.`;
}
