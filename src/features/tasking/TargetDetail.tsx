import type { IncidentFilter } from '../../sql/filters';
import type { StudyAreaInput } from '../../reports/hotspots/study-area';
import type { BngRing, Target } from '../../tasking/tasking-state';
import { BeforeAfterPanel } from './BeforeAfterPanel';
import { PlaceSketch } from './PlaceSketch';
import { TargetActions } from './TargetActions';
import { TargetHistory } from './TargetHistory';
import { STATUS_TEXT, targetSinceText } from './target-text';
import type { TaskingActions } from './use-tasking-state';

interface Props {
  target: Target;
  month: string;
  bufferMetres: number;
  filter: IncidentFilter;
  studyArea: StudyAreaInput | null;
  outline: readonly BngRing[];
  actions: TaskingActions;
}

/** One target: where it is, its problem statement, decisions, history and before/after. */
export function TargetDetail(props: Props) {
  const { target, month, bufferMetres, filter, outline, actions } = props;
  const p = target.problem;
  return (
    <section
      className="panel target-detail"
      aria-labelledby="target-detail-heading"
      data-testid="target-detail"
    >
      <h3 id="target-detail-heading">
        {target.id}: {target.name} — {STATUS_TEXT[target.status]}
      </h3>
      <div className="target-summary">
        <PlaceSketch
          geometry={target.geometry}
          outline={outline}
          label={`Map of ${target.name}`}
          width={180}
          height={130}
        />
        <div>
          <p>
            {targetSinceText(target)}; lead agency {target.leadAgency ?? 'not set'}.
            {target.closure &&
              ` Closed: ${target.closure.reason} (monitored to ${target.closure.monitorUntil}).`}
          </p>
          {(p.scanning || p.analysis || p.response || p.assessment) && (
            <dl className="sara">
              <dt>Scanning</dt>
              <dd>{p.scanning || '—'}</dd>
              <dt>Analysis</dt>
              <dd>{p.analysis || '—'}</dd>
              <dt>Response</dt>
              <dd>{p.response || '—'}</dd>
              <dt>Assessment</dt>
              <dd>{p.assessment || '—'}</dd>
            </dl>
          )}
        </div>
      </div>
      <TargetActions key={target.id} target={target} month={month} actions={actions} />
      <h4>Before and after</h4>
      <BeforeAfterPanel
        target={target}
        month={month}
        bufferMetres={bufferMetres}
        filter={filter}
        studyArea={props.studyArea}
      />
      <TargetHistory target={target} />
    </section>
  );
}
