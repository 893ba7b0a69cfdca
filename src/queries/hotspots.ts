import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { AreaLayer, AreasReport } from '../reports/areas-report';
import { areasReport } from '../reports/areas-report';
import type { HotspotInput } from '../reports/hotspots-report';
import { loadHotspotInput } from '../reports/hotspots-report';
import type { CellIndex } from '../reports/hotspots/cell-place-names';
import { cellPlaceNames } from '../reports/hotspots/cell-place-names';
import type { HotspotJobResult } from '../reports/hotspots/hotspot-job-result';
import type { CellShape, HotspotParams } from '../reports/hotspots/hotspot-params';
import { runHotspotJobInWorker } from '../reports/hotspots/hotspot-worker-client';
import { coverageKnown, withCountingPairs } from './counting-sources';
import type { StudyAreaInput } from '../reports/hotspots/study-area';
import type { RepeatLocationsReport } from '../reports/repeat-locations-report';
import { repeatLocationsReport } from '../reports/repeat-locations-report';
import type { IncidentFilter } from '../sql/filters';
import type { GridCellRef } from '../sql/hotspots';
import { cellCategoryMixSql, cellIncidentsSql, cellMonthlySql } from '../sql/hotspots';
import type { RepeatLocationKind } from '../sql/repeat-locations';

const db$ = (db: DuckConnector | null) => db as DuckConnector;

/** Points of the filtered incidents (BNG) from DuckDB. */
export function hotspotPointsQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['hotspots', version, filter, 'points'] as const,
    queryFn: async ({ client }): Promise<HotspotInput> =>
      loadHotspotInput(
        db$(db),
        await withCountingPairs(client, db, version, filter),
        await coverageKnown(client, db, version, filter),
      ),
    enabled: db !== null,
  });
}

/**
 * A grid method (counts, KDE, Gi*, space-time) of the points, computed in the hotspot worker.
 * The points are determined by `version` and `filter`, which are in the key; the study area
 * (loaded boundaries) is keyed by its identity (layer names and polygon counts), not its GeoJSON.
 */
export function hotspotAnalysisQuery(
  version: number,
  filter: IncidentFilter,
  params: HotspotParams,
  studyArea: StudyAreaInput | null,
  input: HotspotInput | undefined,
) {
  return queryOptions({
    queryKey: ['hotspots', version, filter, params, studyArea?.key ?? null] as const,
    queryFn: (): Promise<HotspotJobResult> => {
      if (!input) throw new Error('no points yet');
      return runHotspotJobInWorker({
        params,
        eastings: input.eastings,
        northings: input.northings,
        monthIndex: input.monthIndex,
        coveredMonths: input.coveredMonths,
        studyArea,
      });
    },
    enabled: input !== undefined,
  });
}

/** Top repeat locations (places or streets). */
export function repeatLocationsQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
  kind: RepeatLocationKind,
) {
  return queryOptions({
    queryKey: ['hotspots', version, filter, { method: 'repeat', kind }] as const,
    queryFn: async ({ client }): Promise<RepeatLocationsReport> =>
      repeatLocationsReport(
        db$(db),
        await withCountingPairs(client, db, version, filter),
        kind,
        50,
        await coverageKnown(client, db, version, filter),
      ),
    enabled: db !== null,
  });
}

/** Residents per area code from a population CSV the analyst loaded (name = file name). */
export interface PopulationTable {
  name: string;
  values: ReadonlyMap<string, number>;
}

/** Counts and rates per area of a boundary layer (points assigned once per layer). */
export function areasQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
  layer: AreaLayer | null,
  population: PopulationTable | null = null,
) {
  const key = {
    method: 'areas',
    layer: layer?.name ?? null,
    areas: layer?.areas.length ?? 0,
    population: population?.name ?? null,
  };
  return queryOptions({
    queryKey: ['hotspots', version, filter, key] as const,
    queryFn: async ({ client }): Promise<AreasReport> =>
      areasReport(
        db$(db),
        await withCountingPairs(client, db, version, filter),
        layer as AreaLayer,
        population?.values ?? new Map(),
      ),
    enabled: db !== null && layer !== null,
  });
}

/** One cell's incidents, category mix and monthly counts, for the detail panel. */
export interface CellDetail {
  incidents: {
    month: string;
    occurred_at: string | null;
    type: string;
    category: string;
    location: string | null;
  }[];
  categoryMix: { category: string; count: number }[];
  monthly: { month: string; count: number }[];
}

export function cellDetailQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
  cell: GridCellRef | null,
) {
  return queryOptions({
    queryKey: ['hotspots', version, filter, { method: 'cell', cell }] as const,
    queryFn: async ({ client }): Promise<CellDetail> => {
      const at = cell as GridCellRef;
      const counted = await withCountingPairs(client, db, version, filter);
      return {
        incidents: await db$(db).query(cellIncidentsSql(counted, at)),
        categoryMix: await db$(db).query(cellCategoryMixSql(counted, at)),
        monthly: await db$(db).query(cellMonthlySql(counted, at)),
      };
    },
    enabled: db !== null && cell !== null,
  });
}

/** Street names of the listed cells (top cells and the chosen one), keyed "ix,iy". */
export function cellNamesQuery(
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
  cells: readonly CellIndex[],
  shape: CellShape,
  cellSize: number,
) {
  const keys = cells.map((c) => `${c.ix},${c.iy}`).join(' ');
  return queryOptions({
    queryKey: ['hotspots', version, filter, 'cell-names', shape, cellSize, keys] as const,
    queryFn: async ({ client }) =>
      cellPlaceNames(
        db$(db),
        await withCountingPairs(client, db, version, filter),
        cells,
        shape,
        cellSize,
      ),
    enabled: db !== null && cells.length > 0,
  });
}
