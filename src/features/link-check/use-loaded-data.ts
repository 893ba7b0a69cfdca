import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { CATEGORIES } from '../../sql/taxonomy';
import { sourcesQuery } from '../../queries/local-import';
import { datasetQuery, districtsQuery } from '../../queries/summary';
import { areaPolygons } from '../../reports/polygon-lookup';
import { rolledUpCount, storedCategoryCounts } from '../filters/CategoryChecks';
import type { BoundaryLayer } from '../../reports/boundary-layer';
import type { LoadedData } from './missing-from-data';

/**
 * What the database and the boundaries hold, once there is data and no load is running; null
 * before, so that a link is never judged against a half-loaded dataset.
 */
export function useLoadedData(
  boundaries: readonly BoundaryLayer[],
  loading: boolean,
  /** Whether the link names an area, so the layers' area codes are needed. */
  areaAsked: boolean,
): LoadedData | null {
  const { db, version } = useDatabase();
  const dataset = useQuery(datasetQuery(db, version)).data;
  const sources = useQuery(sourcesQuery(db, version)).data;
  const districts = useQuery(districtsQuery(db, version)).data;
  const layers = useMemo(
    () =>
      new Map(
        boundaries.map((b) => [
          b.name,
          new Set(areaAsked ? areaPolygons(b.geojson, b.nameProperty).map((a) => a.code) : []),
        ]),
      ),
    [boundaries, areaAsked],
  );
  return useMemo(() => {
    if (loading || !dataset || !sources || !districts || dataset.totals.incidents === 0) {
      return null;
    }
    const counts = storedCategoryCounts(dataset.byCrimeType);
    return {
      months: dataset.months.covered,
      categories: new Set(
        CATEGORIES.filter((c) => rolledUpCount(c.id, counts) > 0).map((c) => c.id),
      ),
      sources: new Set(sources.map((s) => s.source)),
      districts: new Set(districts.map((d) => d.district)),
      layers,
    };
  }, [loading, dataset, sources, districts, layers]);
}
