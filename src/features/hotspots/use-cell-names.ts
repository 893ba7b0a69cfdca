import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../db/database-context';
import { cellNamesQuery } from '../../queries/hotspots';
import type { HotspotJobResult } from '../../reports/hotspots/hotspot-job-result';
import type { IncidentFilter } from '../../sql/filters';
import type { CellFeature } from './cell-layers';
import { topCells } from './TopCellsTable';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** The listed cells and their street names (the top cells and the chosen one), keyed "ix,iy". */
export function useCellNames(
  filter: IncidentFilter,
  analysis: HotspotJobResult | undefined,
  cells: readonly CellFeature[],
  selected: { ix: number; iy: number } | null,
): { top: CellFeature[]; names: ReadonlyMap<string, string>; namesPending: boolean } {
  const { db, version } = useDatabase();
  const top = useMemo(() => (analysis ? topCells(analysis.method, cells) : []), [analysis, cells]);
  const wanted = useMemo(() => {
    const list = top.map(({ ix, iy }) => ({ ix, iy }));
    if (selected && !list.some((c) => c.ix === selected.ix && c.iy === selected.iy))
      list.push({ ix: selected.ix, iy: selected.iy });
    return list;
  }, [top, selected]);
  const query = useQuery({
    ...cellNamesQuery(
      db,
      version,
      filter,
      wanted,
      analysis?.shape ?? 'square',
      analysis?.grid.cellSize ?? 0,
    ),
    enabled: db !== null && analysis !== undefined && wanted.length > 0,
    placeholderData: keepPreviousData,
  });
  return {
    top,
    names: query.data ?? NO_NAMES,
    namesPending: query.isFetching || (query.isPlaceholderData ?? false),
  };
}
