import type { RepeatLocationKind } from '../../sql/repeat-locations';
import { GridCellControls } from './GridCellControls';
import type { CellShape } from '../../reports/hotspots/hotspot-params';
import type { HotspotMethod } from './hotspot-methods';
import { HOTSPOT_METHODS, isGridMethod } from './hotspot-methods';
import { ALPHA_CHOICES, BANDWIDTH_CHOICES, CELL_CHOICES } from './method-choices';

/** Everything the analyst can set for the hotspot methods. */
export interface MethodSettings {
  method: HotspotMethod;
  cellSize: number | null;
  /** Squares or hexagons for grid counts. */
  cellShape: CellShape;
  /** Use the loaded boundaries as the study area of the grid methods (when there are any). */
  useStudyArea: boolean;
  fdr: boolean;
  alpha: number;
  bandwidthAdjust: number;
  repeatKind: RepeatLocationKind;
  areaLayer: string | null;
}

interface Props {
  settings: MethodSettings;
  onChange: (settings: MethodSettings) => void;
  areaLayers: string[];
  /** Area polygons over the loaded boundary layers (0 when none is loaded). */
  studyAreaCount: number;
}

/** The method picker and the parameters that apply to the chosen method. */
export function MethodControls({ settings, onChange, areaLayers, studyAreaCount }: Props) {
  const set = (patch: Partial<MethodSettings>) => onChange({ ...settings, ...patch });
  const { method } = settings;
  return (
    <section className="panel" aria-label="Hotspot method">
      <div className="method-picker" role="group" aria-label="Method">
        {HOTSPOT_METHODS.map((m) => (
          <button
            key={m.id}
            type="button"
            title={m.summary}
            aria-pressed={method === m.id}
            data-testid={`method-${m.id}`}
            onClick={() => set({ method: m.id })}
          >
            {m.label}
          </button>
        ))}
      </div>
      <div className="hotspot-params">
        {isGridMethod(method) && (
          <label>
            Cell size{' '}
            <select
              data-testid="cell-size"
              value={settings.cellSize ?? ''}
              onChange={(e) => set({ cellSize: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">automatic</option>
              {CELL_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {s} m
                </option>
              ))}
            </select>
          </label>
        )}
        {isGridMethod(method) && (
          <GridCellControls
            method={method}
            cellShape={settings.cellShape}
            useStudyArea={settings.useStudyArea}
            studyAreaCount={studyAreaCount}
            onChange={set}
          />
        )}
        {(method === 'gistar' || method === 'patterns') && (
          <label className="check">
            <input
              type="checkbox"
              checked={settings.fdr}
              onChange={() => set({ fdr: !settings.fdr })}
            />
            FDR correction (Benjamini–Hochberg)
          </label>
        )}
        {method === 'patterns' && (
          <label>
            Hot/cold step at p &lt;{' '}
            <select value={settings.alpha} onChange={(e) => set({ alpha: Number(e.target.value) })}>
              {ALPHA_CHOICES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        )}
        {method === 'kde' && (
          <label>
            Bandwidth ×{' '}
            <select
              value={settings.bandwidthAdjust}
              onChange={(e) => set({ bandwidthAdjust: Number(e.target.value) })}
            >
              {BANDWIDTH_CHOICES.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        )}
        {method === 'repeat' && (
          <label>
            Group by{' '}
            <select
              value={settings.repeatKind}
              onChange={(e) => set({ repeatKind: e.target.value as RepeatLocationKind })}
            >
              <option value="place">place (snap point or address)</option>
              <option value="street">street</option>
            </select>
          </label>
        )}
        {method === 'areas' &&
          (areaLayers.length === 0 ? (
            <span className="warning">Load a boundary file (wards or LSOAs) to count by area.</span>
          ) : (
            <label>
              Areas{' '}
              <select
                value={settings.areaLayer ?? areaLayers[0]}
                onChange={(e) => set({ areaLayer: e.target.value })}
              >
                {areaLayers.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          ))}
      </div>
    </section>
  );
}
