import { useState } from 'react';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { IncidentFilter } from '../../sql/filters';
import type { BngRing } from '../../tasking/tasking-state';
import { DrawPlace } from './DrawPlace';
import { MakeTargetForm } from './MakeTargetForm';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { PlaceSketch } from './PlaceSketch';
import { RepeatLocationPick } from './RepeatLocationPick';
import { StreetSearch } from './StreetSearch';
import type { TaskingActions } from './use-tasking-state';

interface Props {
  month: string;
  recentMonths: number;
  filter: IncidentFilter;
  boundaries: BoundaryLayer[];
  outline: readonly BngRing[];
  actions: TaskingActions;
  onOpenTarget: (id: string) => void;
}

/** Nominating a place by hand: search a street, pick a repeat location, or draw it. */
export function NominatePanel(props: Props) {
  const [place, setPlace] = useState<NominationInput | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const pick = (p: NominationInput) => {
    setPlace(p);
    setMade(null);
  };
  return (
    <div className="nominate" data-testid="nominate">
      <h2>Nominate a place by hand</h2>
      {place && (
        <section className="panel nominate-chosen" aria-label="Place to nominate">
          <PlaceSketch
            geometry={place.geometry}
            outline={props.outline}
            label={`Map of ${place.name}`}
          />
          <div>
            <h3>Nominate {place.name}</h3>
            <MakeTargetForm
              place={place}
              month={props.month}
              submitLabel="Nominate"
              onNominate={props.actions.nominate}
              onDone={(id) => {
                setPlace(null);
                setMade(id);
              }}
            />
          </div>
        </section>
      )}
      {made && (
        <p role="status" className="panel">
          Nominated as{' '}
          <button type="button" className="link" onClick={() => props.onOpenTarget(made)}>
            {made}
          </button>
          .
        </p>
      )}
      <div className="nominate-ways">
        <div>
          <StreetSearch filter={props.filter} onPick={pick} />
          <RepeatLocationPick
            filter={props.filter}
            month={props.month}
            recentMonths={props.recentMonths}
            onPick={pick}
          />
        </div>
        <DrawPlace boundaries={props.boundaries} onPick={pick} />
      </div>
    </div>
  );
}
