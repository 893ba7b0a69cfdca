import { useId, useState } from 'react';
import { fromBng } from '../../ingest/bng';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { DrawMap } from './DrawMap';
import type { NominationInput } from '../../tasking/target-lifecycle';
import { drawnPlace, readTypedVertices } from './place-geometry';

interface Props {
  boundaries: BoundaryLayer[];
  onPick: (place: NominationInput) => void;
}

/** Successive clicks at (almost) the same spot, as a double-click leaves, count once. */
function withoutRepeats(vertices: [number, number][]): [number, number][] {
  return vertices.filter((v, i) => {
    const prev = vertices[i - 1];
    return !prev || Math.abs(prev[0] - v[0]) > 1e-6 || Math.abs(prev[1] - v[1]) > 1e-6;
  });
}

/** Draw a place on the map, or type its corners; then name it to nominate it. */
export function DrawPlace({ boundaries, onPick }: Props) {
  const [vertices, setVertices] = useState<[number, number][]>([]);
  const [finished, setFinished] = useState(false);
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();

  function finish(corners = vertices) {
    const clean = withoutRepeats(corners);
    if (clean.length < 3) {
      setProblem('A place needs at least three corners.');
      return;
    }
    setVertices(clean);
    setFinished(true);
    setProblem(null);
  }

  function useTyped() {
    const read = readTypedVertices(typed, fromBng);
    if ('problem' in read) setProblem(read.problem);
    else finish(read.vertices);
  }

  function nominate() {
    const geometry = drawnPlace(vertices);
    if (!geometry) return setProblem('A place needs at least three corners.');
    if (!name.trim()) return setProblem('Give the place a name the meeting will recognise.');
    onPick({ name: name.trim(), geometry, origin: { kind: 'drawn', ref: null } });
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Draw a place</h3>
      <p className="muted">
        Click its corners on the map; double-click or press Enter to finish. Or type the corners
        below.
      </p>
      <DrawMap
        boundaries={boundaries}
        vertices={vertices}
        onAdd={(v) => {
          if (finished) return;
          setVertices((current) => [...current, v]);
        }}
        onFinish={() => finish()}
        onUndo={() => setVertices((current) => current.slice(0, -1))}
        onClear={() => {
          setVertices([]);
          setFinished(false);
        }}
      />
      <p role="status" data-testid="draw-status">
        {finished
          ? `Finished: ${vertices.length} corners.`
          : `${vertices.length} corner${vertices.length === 1 ? '' : 's'} so far.`}
      </p>
      <label htmlFor={`${ids}-typed`}>
        Or type corners, one per line: “easting, northing” (metres) or “latitude, longitude”
        <textarea
          id={`${ids}-typed`}
          rows={3}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="typed-corners"
        />
      </label>
      <div className="form-buttons">
        <button type="button" onClick={useTyped}>
          Use these corners
        </button>
        <button
          type="button"
          onClick={() => {
            setVertices([]);
            setFinished(false);
          }}
        >
          Start again
        </button>
      </div>
      {finished && (
        <div className="tasking-form">
          <label htmlFor={`${ids}-name`}>
            Name of the place
            <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="button" onClick={nominate}>
            Nominate this place…
          </button>
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
