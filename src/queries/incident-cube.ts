import type { QueryClient } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { CountedRelation } from '../sql/incident-cube';
import {
  BUILD_INCIDENT_CUBE_SQL,
  CUBE_ROWS,
  cubeAnswers,
  INCIDENT_ROWS,
} from '../sql/incident-cube';

/** Builds the incident cube once per loaded dataset (`version`). */
export function incidentCubeQuery(db: DuckConnector | null, version: number) {
  return queryOptions({
    queryKey: ['incident-cube', version],
    queryFn: async () => {
      await (db as DuckConnector).exec(BUILD_INCIDENT_CUBE_SQL);
      return version;
    },
    enabled: db !== null,
    staleTime: Infinity,
  });
}

/** The cube, built if need be, when it answers the filter; every incident otherwise. */
export async function countedRelation(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
): Promise<CountedRelation> {
  if (!cubeAnswers(filter)) return INCIDENT_ROWS;
  await client.ensureQueryData(incidentCubeQuery(db, version));
  return CUBE_ROWS;
}
