import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import { streetSearchSql } from '../sql/street-search';

const db$ = (db: DuckConnector | null) => db as DuckConnector;

/** A street or place found by name in the loaded data, with its BNG points. */
export interface StreetMatch {
  street: string;
  count: number;
  pointCount: number;
  points: [number, number][];
}

export function streetSearchQuery(
  db: DuckConnector | null,
  version: number,
  text: string,
  filter: IncidentFilter,
) {
  return queryOptions({
    queryKey: ['tasking', version, filter, 'street-search', text] as const,
    queryFn: async (): Promise<StreetMatch[]> => {
      const rows = await db$(db).query<{
        street: string;
        count: number;
        point_count: number;
        points: string;
      }>(streetSearchSql(text, filter));
      return rows.map((r) => ({
        street: r.street,
        count: r.count,
        pointCount: r.point_count,
        points: JSON.parse(r.points) as [number, number][],
      }));
    },
    enabled: db !== null && text.trim().length >= 2,
  });
}
