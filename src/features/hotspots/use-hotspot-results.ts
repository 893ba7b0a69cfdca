import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import {
  areasQuery,
  hotspotAnalysisQuery,
  hotspotPointsQuery,
  repeatLocationsQuery,
} from '../../queries/hotspots';
import type { PopulationTable } from '../../queries/hotspots';
import type { AreaLayer } from '../../reports/areas-report';
import { areaPolygons } from '../../reports/polygon-lookup';
import type { IncidentFilter } from '../../sql/filters';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { HotspotParams } from '../../reports/hotspots/hotspot-params';
import { DEFAULT_PARAMS } from '../../reports/hotspots/hotspot-params';
import { studyAreaInput } from '../../reports/hotspots/study-area';
import { isGridMethod } from './hotspot-methods';
import type { MethodSettings } from './MethodControls';

const IDLE_PARAMS: HotspotParams = { method: 'grid', ...DEFAULT_PARAMS };

/** The queries behind the Hotspots view: only the chosen method's result is computed. */
export function useHotspotResults(
  filter: IncidentFilter,
  settings: MethodSettings,
  boundaries: readonly BoundaryLayer[],
  population: PopulationTable | null,
) {
  const { db, version } = useDatabase();
  const { method, cellSize, fdr, alpha, bandwidthAdjust, repeatKind } = settings;
  // Hexagons are a display of grid counts only; other methods share the square-cell result.
  const cellShape = method === 'grid' ? settings.cellShape : 'square';
  const params = useMemo<HotspotParams | null>(
    () =>
      isGridMethod(method) ? { method, cellSize, cellShape, fdr, alpha, bandwidthAdjust } : null,
    [method, cellSize, cellShape, fdr, alpha, bandwidthAdjust],
  );
  const loadedStudyArea = useMemo(() => studyAreaInput(boundaries), [boundaries]);
  const studyArea = settings.useStudyArea ? loadedStudyArea : null;
  const input = useQuery(hotspotPointsQuery(db, version, filter));
  const analysis = useQuery({
    ...hotspotAnalysisQuery(version, filter, params ?? IDLE_PARAMS, studyArea, input.data),
    enabled: params !== null && input.data !== undefined,
    placeholderData: keepPreviousData,
  });
  const repeat = useQuery({
    ...repeatLocationsQuery(db, version, filter, repeatKind),
    enabled: db !== null && method === 'repeat',
    placeholderData: keepPreviousData,
  });
  const layerName = settings.areaLayer ?? boundaries[0]?.name ?? null;
  const areaLayer = useMemo<AreaLayer | null>(() => {
    const boundary = boundaries.find((b) => b.name === layerName);
    return boundary
      ? { name: boundary.name, areas: areaPolygons(boundary.geojson, boundary.nameProperty) }
      : null;
  }, [boundaries, layerName]);
  const areas = useQuery({
    ...areasQuery(db, version, filter, areaLayer, population),
    enabled: db !== null && areaLayer !== null && method === 'areas',
    placeholderData: keepPreviousData,
  });
  return {
    input: input.data,
    analysis: params ? analysis.data : undefined,
    repeat: method === 'repeat' ? repeat.data : undefined,
    areas: method === 'areas' ? areas.data : undefined,
    areaLayer,
    /** The study area the grid methods use (null when off or none is loaded). */
    studyArea,
    busy: input.isFetching || analysis.isFetching || repeat.isFetching || areas.isFetching,
    error: input.error ?? analysis.error ?? repeat.error ?? areas.error,
  };
}
