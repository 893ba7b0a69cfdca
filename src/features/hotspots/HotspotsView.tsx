import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import { mapPointsQuery } from '../../queries/map-points';
import { datasetQuery } from '../../queries/summary';
import { exportContextLines } from '../../reports/export-context';
import { exportContext } from '../map/export-context';
import type { RepeatLocation } from '../../reports/repeat-locations-report';
import type { ExploreFilter } from '../filters/explore-filter';
import { toIncidentFilter } from '../filters/explore-filter';
import { CountingStatement } from '../counting/CountingStatement';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import { IncidentMap } from '../map/IncidentMap';
import { useUrlState } from '../url-state/use-url-state';
import { AreasPanel } from './AreasPanel';
import { BacktestPanel } from './BacktestPanel';
import { CellDetail } from './CellDetail';
import type { CellFeature } from './cell-layers';
import { maxValue } from './cell-layers';
import { HOTSPOT_URL } from './hotspot-url';
import type { HotspotViewState } from './hotspot-url';
import { StatHelp } from '../../components/StatHelp';
import { HotspotHelp } from './HotspotHelp';
import { HotspotLegend } from './HotspotLegend';
import { MethodControls } from './MethodControls';
import type { MethodSettings } from './MethodControls';
import { areaClasses, areaMeasure } from './place-layers';
import { placeId } from './place-id';
import { PopulationInput } from './PopulationInput';
import { usePopulationTable } from './population-store';
import { RepeatLocationsPanel } from './RepeatLocationsPanel';
import { boundaryAreaCount } from '../../reports/hotspots/study-area';
import { ResultParameters } from './ResultParameters';
import type { Frame } from './selection-frames';
import { cellBox, chosenFrame, withContext } from './selection-frames';
import { TopCellsTable } from './TopCellsTable';
import { useHotspotLayers } from './use-hotspot-layers';
import { useHotspotResults } from './use-hotspot-results';
import { useCellNames } from './use-cell-names';
import { analysisSettings, downloadRepeatLocations, downloadTopCells } from './hotspot-exports';
import './hotspots.css';

interface Props {
  filter: ExploreFilter;
  boundaries: BoundaryLayer[];
}

/** Hotspots: grid counts, KDE, Gi*, space-time patterns, repeat locations and areas on one map. */
export function HotspotsView({ filter, boundaries }: Props) {
  const incidentFilter = useMemo(() => toIncidentFilter(filter), [filter]);
  const { db, version } = useDatabase();
  const dataset = useQuery(datasetQuery(db, version)).data;
  const streetPoints = useQuery({
    ...mapPointsQuery(db, version, incidentFilter),
    placeholderData: keepPreviousData,
  }).data;
  const [view, setView] = useUrlState(HOTSPOT_URL);
  const { settings, cell: selectedCell } = view;
  const [focus, setFocus] = useState<Frame | null>(null);
  const [linked, setLinked] = useState<HotspotViewState | null>(view);
  const population = usePopulationTable();
  const results = useHotspotResults(incidentFilter, settings, boundaries, population);
  const studyAreaCount = useMemo(() => boundaryAreaCount(boundaries), [boundaries]);
  const { analysis, repeat, areas } = results;
  // A cell from a link on another grid (another automatic size) is not a cell of this one.
  const cellOnGrid = selectedCell?.cellSize === analysis?.grid.cellSize ? selectedCell : null;
  const selectedPlace = repeat?.locations.find((l) => placeId(l.key) === view.place)?.key ?? null;

  // A hexagon is not a grid cell: it frames on the map but has no cell detail.
  const pickCell = useCallback(
    (cell: CellFeature) => {
      if (analysis?.shape !== 'square') return;
      const ref = { ix: cell.ix, iy: cell.iy, cellSize: analysis.grid.cellSize };
      setView((current) => ({ ...current, cell: ref }));
    },
    [analysis, setView],
  );
  const pickPlace = useCallback(
    (location: RepeatLocation) =>
      setView((current) => ({ ...current, place: placeId(location.key) })),
    [setView],
  );
  const pickArea = useCallback(
    (code: string) => setView((current) => ({ ...current, area: code })),
    [setView],
  );
  const { layers, cells, frame } = useHotspotLayers({
    analysis,
    repeat,
    areas,
    areaLayer: results.areaLayer,
    selectedCell: cellOnGrid,
    selectedPlace,
    onPickCell: pickCell,
    onPickPlace: pickPlace,
    onPickArea: pickArea,
  });
  const linkedFrame = useMemo(
    () =>
      linked &&
      chosenFrame(linked, {
        cells,
        cellSize: analysis?.grid.cellSize ?? null,
        repeat,
        areaLayer: results.areaLayer,
      }),
    [linked, cells, analysis, repeat, results.areaLayer],
  );

  const { top, names, namesPending } = useCellNames(incidentFilter, analysis, cells, cellOnGrid);
  const picture = useMemo(
    () => ({
      fileName: `hotspots-${settings.method}.png`,
      caption: exportContextLines(
        exportContext('Hotspots', filter, dataset, {
          settings: analysis ? analysisSettings(analysis) : undefined,
        }),
      ),
    }),
    [settings.method, filter, dataset, analysis],
  );

  function changeSettings(next: MethodSettings) {
    setView((current) => ({ ...current, settings: next, cell: null, place: null }));
    setFocus(null);
    setLinked(null);
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
        <CountingStatement filter={incidentFilter} />
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
            dataFrame={frame}
            frameKey={String(version)}
            focus={focus ?? linkedFrame}
            streetPoints={streetPoints}
            picture={picture}
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
        <StatHelp term="giStar" />
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
              cells={top}
              names={names}
              namesPending={namesPending}
              selected={cellOnGrid}
              onSelect={(cell) => {
                pickCell(cell);
                setFocus(cellBox(cell));
              }}
            />
            <button
              type="button"
              onClick={() => downloadTopCells(filter, dataset, analysis, top, names)}
            >
              Download top cells (CSV)
            </button>
          </section>
        )}
        {analysis?.shape === 'square' && (
          <BacktestPanel
            filter={incidentFilter}
            coveredMonths={results.input?.coveredMonths ?? []}
            cellSize={analysis.grid.cellSize}
            studyArea={results.studyArea}
          />
        )}
        {analysis?.shape === 'square' && selectedCell && (
          <CellDetail
            filter={incidentFilter}
            cell={selectedCell}
            name={names.get(`${selectedCell.ix},${selectedCell.iy}`)}
            coveredMonths={results.input?.coveredMonths ?? []}
          />
        )}
        {repeat && (
          <RepeatLocationsPanel
            report={repeat}
            onDownload={() => downloadRepeatLocations(filter, dataset, repeat)}
            selectedKey={selectedPlace}
            onSelect={(location) => {
              pickPlace(location);
              setFocus(withContext(location.box));
            }}
          />
        )}
        {settings.method === 'areas' && <PopulationInput population={population} />}
        {areas && (
          <AreasPanel
            report={areas}
            selectedCode={view.area}
            onSelect={(code) => {
              pickArea(code);
              const area = results.areaLayer?.areas.find((a) => a.code === code);
              if (area) setFocus(withContext(area.box));
            }}
          />
        )}
      </div>
    </div>
  );
}
