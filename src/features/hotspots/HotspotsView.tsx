import { useCallback, useMemo, useState } from 'react';
import type { GridCellRef } from '../../sql/hotspots';
import type { RepeatLocation } from '../../reports/repeat-locations-report';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { IncidentMap } from '../map/IncidentMap';
import { AreasPanel } from './AreasPanel';
import { CellDetail } from './CellDetail';
import type { CellFeature } from './cell-layers';
import { maxValue } from './cell-layers';
import { HotspotHelp } from './HotspotHelp';
import { HotspotLegend } from './HotspotLegend';
import { MethodControls } from './MethodControls';
import type { MethodSettings } from './MethodControls';
import { areaClasses, areaMeasure } from './place-layers';
import { PopulationInput } from './PopulationInput';
import { usePopulationTable } from './population-store';
import { RepeatLocationsPanel } from './RepeatLocationsPanel';
import { boundaryAreaCount } from '../../reports/hotspots/study-area';
import { ResultParameters } from './ResultParameters';
import { TopCellsTable } from './TopCellsTable';
import { useHotspotLayers } from './use-hotspot-layers';
import { useHotspotResults } from './use-hotspot-results';
import './hotspots.css';

interface Props {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
}

type Frame = [number, number, number, number];

const INITIAL: MethodSettings = {
  method: 'gistar',
  cellSize: null,
  cellShape: 'square',
  useStudyArea: true,
  fdr: true,
  alpha: 0.05,
  bandwidthAdjust: 1,
  repeatKind: 'place',
  areaLayer: null,
};

/** A box around a cell or place, widened to about 1.5 km so the surroundings show. */
function withContext(box: Frame): Frame {
  const [west, south, east, north] = box;
  const padLon = Math.max(0, (0.022 - (east - west)) / 2);
  const padLat = Math.max(0, (0.0135 - (north - south)) / 2);
  return [west - padLon, south - padLat, east + padLon, north + padLat];
}

const cellBox = (cell: CellFeature): Frame => {
  const lons = cell.polygon.map((p) => p[0]);
  const lats = cell.polygon.map((p) => p[1]);
  return withContext([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
};

/** Hotspots: grid counts, KDE, Gi*, space-time patterns, repeat locations and areas on one map. */
export function HotspotsView({ filter, boundaries }: Props) {
  const incidentFilter = useMemo(() => toIncidentFilter(filter), [filter]);
  const [settings, setSettings] = useState<MethodSettings>(INITIAL);
  const [focus, setFocus] = useState<Frame | null>(null);
  const [selectedCell, setSelectedCell] = useState<GridCellRef | null>(null);
  const [selectedPlace, setSelectedPlace] = useState<string | null>(null);
  const [selectedArea, setSelectedArea] = useState<string | null>(null);
  const population = usePopulationTable();
  const results = useHotspotResults(incidentFilter, settings, boundaries, population);
  const studyAreaCount = useMemo(() => boundaryAreaCount(boundaries), [boundaries]);
  const { analysis, repeat, areas } = results;

  // A hexagon is not a grid cell: it frames on the map but has no cell detail.
  const pickCell = useCallback(
    (cell: CellFeature) => {
      if (analysis?.shape !== 'square') return;
      setSelectedCell({ ix: cell.ix, iy: cell.iy, cellSize: analysis.grid.cellSize });
    },
    [analysis],
  );
  const pickPlace = useCallback((location: RepeatLocation) => setSelectedPlace(location.key), []);
  const { layers, cells, frame } = useHotspotLayers({
    analysis,
    repeat,
    areas,
    areaLayer: results.areaLayer,
    selectedCell,
    selectedPlace,
    onPickCell: pickCell,
    onPickPlace: pickPlace,
    onPickArea: setSelectedArea,
  });

  function changeSettings(next: MethodSettings) {
    setSettings(next);
    setFocus(null);
    setSelectedCell(null);
    setSelectedPlace(null);
  }

  const patternsShown = useMemo(
    () => new Set(analysis?.method === 'patterns' ? cells.map((c) => c.code) : []),
    [analysis, cells],
  );
  const legendMax = analysis
    ? maxValue(cells)
    : repeat
      ? Math.max(0, ...repeat.locations.map((l) => l.total))
      : 0;

  return (
    <div className="hotspots" data-testid="hotspots-view">
      <div>
        <MethodControls
          settings={settings}
          onChange={changeSettings}
          areaLayers={boundaries.map((b) => b.name)}
          studyAreaCount={studyAreaCount}
        />
        <div className="map-wrap">
          <IncidentMap
            layers={layers}
            boundaries={settings.method === 'areas' ? [] : boundaries}
            frame={focus ?? frame}
          />
          <div className="map-controls">
            {results.busy && (
              <div className="busy" data-testid="hotspots-busy">
                Recomputing…
              </div>
            )}
            {analysis && (
              <HotspotLegend
                method={analysis.method}
                max={legendMax}
                patternsShown={patternsShown}
              />
            )}
            {repeat && (
              <HotspotLegend method="repeat" max={legendMax} unit="Incidents at the location" />
            )}
            {areas && (
              <HotspotLegend
                method="areas"
                max={0}
                classes={areaClasses(areas)}
                unit={
                  areaMeasure(areas) === 'rate'
                    ? 'Incidents per 1,000 residents'
                    : 'Incidents per area'
                }
              />
            )}
          </div>
        </div>
        {results.error && <p className="error">{String(results.error)}</p>}
        <HotspotHelp method={settings.method} />
      </div>
      <div className="hotspots-side">
        {analysis && (
          <section className="panel">
            <h2>Parameters</h2>
            <ResultParameters result={analysis} unlocated={results.input?.unlocated ?? 0} />
          </section>
        )}
        {analysis && (
          <section className="panel">
            <h2>Top cells</h2>
            <TopCellsTable
              method={analysis.method}
              shape={analysis.shape}
              cells={cells}
              selected={selectedCell}
              onSelect={(cell) => {
                pickCell(cell);
                setFocus(cellBox(cell));
              }}
            />
          </section>
        )}
        {analysis && selectedCell && (
          <CellDetail
            filter={incidentFilter}
            cell={selectedCell}
            coveredMonths={results.input?.coveredMonths ?? []}
          />
        )}
        {repeat && (
          <RepeatLocationsPanel
            report={repeat}
            selectedKey={selectedPlace}
            onSelect={(location) => {
              setSelectedPlace(location.key);
              setFocus(withContext(location.box));
            }}
          />
        )}
        {settings.method === 'areas' && <PopulationInput population={population} />}
        {areas && (
          <AreasPanel
            report={areas}
            selectedCode={selectedArea}
            onSelect={(code) => {
              setSelectedArea(code);
              const area = results.areaLayer?.areas.find((a) => a.code === code);
              if (area) setFocus(withContext(area.box));
            }}
          />
        )}
      </div>
    </div>
  );
}
