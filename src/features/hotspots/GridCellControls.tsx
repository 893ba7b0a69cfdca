import type { CellShape, GridMethod } from '../../reports/hotspots/hotspot-params';

interface Props {
  method: GridMethod;
  cellShape: CellShape;
  useStudyArea: boolean;
  /** Area polygons over the loaded boundary layers; 0 hides the study-area switch. */
  studyAreaCount: number;
  onChange: (patch: { cellShape?: CellShape; useStudyArea?: boolean }) => void;
}

const SHAPES: readonly { id: CellShape; label: string }[] = [
  { id: 'square', label: 'squares' },
  { id: 'hexagon', label: 'hexagons' },
];

/** Study area (loaded boundaries or the data's extent) and, for grid counts, the cell shape. */
export function GridCellControls({
  method,
  cellShape,
  useStudyArea,
  studyAreaCount,
  onChange,
}: Props) {
  return (
    <>
      {studyAreaCount > 0 && (
        <label className="check" title="Only cells whose centre lies inside a loaded boundary">
          <input
            type="checkbox"
            data-testid="study-area-toggle"
            checked={useStudyArea}
            onChange={() => onChange({ useStudyArea: !useStudyArea })}
          />
          Study area: loaded boundaries ({studyAreaCount.toLocaleString('en-GB')} areas)
        </label>
      )}
      {method === 'grid' && (
        <span className="cell-shape" role="radiogroup" aria-label="Cells">
          Cells:
          {SHAPES.map((s) => (
            <label key={s.id} className="check">
              <input
                type="radio"
                name="cell-shape"
                data-testid={`cell-shape-${s.id}`}
                checked={cellShape === s.id}
                onChange={() => onChange({ cellShape: s.id })}
              />
              {s.label}
            </label>
          ))}
          <small className="muted">Gi* and space-time use square cells</small>
        </span>
      )}
    </>
  );
}
