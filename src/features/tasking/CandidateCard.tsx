import { useMemo, useState } from 'react';
import { EChart } from '../../components/EChart';
import { categoryById } from '../../sql/taxonomy';
import type { Candidate } from '../../tasking/candidate';
import { rateRatioText } from '../../tasking/rate-ratio';
import type { BngRing, Target } from '../../tasking/tasking-state';
import { placeMonthlyOption } from './candidate-chart-option';
import { MakeTargetForm } from './MakeTargetForm';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { PlaceSketch } from './PlaceSketch';
import { STAT_HELP } from './stat-help';
import { targetSinceText } from './target-text';
import type { Recorded } from './use-tasking-state';

interface Props {
  candidate: Candidate;
  target: Target | null;
  recentMonths: readonly string[];
  outline: readonly BngRing[];
  month: string;
  onNominate: (place: NominationInput, leadAgency: string | null, by: Recorded) => Promise<string>;
  onOpenTarget: (id: string) => void;
}

const KIND_TEXT: Record<Candidate['kind'], string> = {
  'hotspot-cluster': 'Hotspot cluster',
  'repeat-location': 'Repeat location',
  street: 'Street',
  area: 'Area',
};

function mixText(mix: Record<string, number>): string {
  return Object.entries(mix)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${categoryById(id)?.label ?? id} ${n}`)
    .join(' · ');
}

/** One candidate place: its rank, the sentence for the chair, the evidence, and "Make target". */
export function CandidateCard(props: Props) {
  const { candidate: c, target, recentMonths, outline, month } = props;
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const option = useMemo(() => placeMonthlyOption(c.monthly, recentMonths), [c, recentMonths]);
  const place: NominationInput = {
    name: c.name,
    geometry: c.geometry,
    origin: { kind: c.kind, ref: c.id },
  };
  return (
    <li className="candidate" data-testid="candidate" aria-labelledby={`cand-${c.rank}`}>
      <div className="candidate-head">
        <span className="candidate-rank" aria-label={`Rank ${c.rank}`}>
          {c.rank}
        </span>
        <h3 id={`cand-${c.rank}`}>{c.name}</h3>
        <span className="candidate-kind">{KIND_TEXT[c.kind]}</span>
        <span className="candidate-score" title={STAT_HELP.score}>
          Score {c.score.toFixed(1)}
        </span>
      </div>
      <p className="candidate-sentence">{c.sentence}</p>
      <div className="candidate-evidence">
        <PlaceSketch geometry={c.geometry} outline={outline} label={`Map of ${c.name}`} />
        <div className="candidate-chart">
          <EChart option={option} testId={`candidate-chart-${c.rank}`} height={100} />
        </div>
        <dl className="candidate-figures">
          <dt>Recent</dt>
          <dd>
            {c.recent.count} incidents in {c.recent.months.length} months (harm-weighted{' '}
            {c.recent.harmWeighted.toFixed(0)})
          </dd>
          <dt>Baseline</dt>
          <dd>
            {c.baseline.count === 0 ? 'none' : c.baseline.count} in {c.baseline.months.length}{' '}
            months
          </dd>
          {c.change && (
            <>
              <dt>Rate ratio</dt>
              <dd>
                {rateRatioText(
                  { estimate: c.change.ratio, lower: c.change.lower, upper: c.change.upper },
                  {
                    noneBefore: `none in the ${c.baseline.months.length} months before`,
                    format: (v) => v.toFixed(1),
                  },
                )}
              </dd>
            </>
          )}
          <dt>Mix</dt>
          <dd>{mixText(c.categoryMix) || 'none'}</dd>
        </dl>
      </div>
      <div className="candidate-actions">
        {target ? (
          <p className="candidate-matched">
            Same place as{' '}
            <button type="button" className="link" onClick={() => props.onOpenTarget(target.id)}>
              {target.id}
            </button>
            , {targetSinceText(target)}.
          </p>
        ) : made ? (
          <p role="status">
            Made target{' '}
            <button type="button" className="link" onClick={() => props.onOpenTarget(made)}>
              {made}
            </button>
            .
          </p>
        ) : making ? (
          <MakeTargetForm
            place={place}
            month={month}
            submitLabel="Make target"
            onNominate={props.onNominate}
            onDone={(id) => {
              setMaking(false);
              setMade(id);
            }}
          />
        ) : (
          <button type="button" onClick={() => setMaking(true)}>
            Make target…
          </button>
        )}
      </div>
    </li>
  );
}
