import type { QueryClient } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';
import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import type { CountedRelation } from '../sql/incident-cube';
import {
  BUILD_INCIDENT_CUBE_SQL,
  BUILD_POINT_CUBE_SQL,
  CUBE_ROWS,
  cubeAnswers,
  INCIDENT_ROWS,
  POINT_CUBE_ROWS,
  pointCubeAnswers,
} from '../sql/incident-cube';

/** Builds a cube (a temporary table) once per loaded dataset (`version`). */
function cubeQuery(db: DuckConnector | null, version: number, name: string, sql: string) {
  return queryOptions({
    queryKey: [name, version],
    queryFn: async () => {
      await (db as DuckConnector).exec(sql);
      return version;
    },
    enabled: db !== null,
    staleTime: Infinity,
  });
}

/** The cube, built if need be, when it answers the filter; every incident otherwise. */
async function cubeOrIncidents(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  cube: { name: string; sql: string; rows: CountedRelation; answers: boolean },
): Promise<CountedRelation> {
  if (!cube.answers) return INCIDENT_ROWS;
  await client.ensureQueryData(cubeQuery(db, version, cube.name, cube.sql));
  return cube.rows;
}

/** The incident cube when it answers the filter (summary, months, counting statement). */
export function countedRelation(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
): Promise<CountedRelation> {
  return cubeOrIncidents(client, db, version, {
    name: 'incident-cube',
    sql: BUILD_INCIDENT_CUBE_SQL,
    rows: CUBE_ROWS,
    answers: cubeAnswers(filter),
  });
}

/** The location cube when it answers the filter (the map's incidents per location). */
export function pointsRelation(
  client: QueryClient,
  db: DuckConnector | null,
  version: number,
  filter: IncidentFilter,
): Promise<CountedRelation> {
  return cubeOrIncidents(client, db, version, {
    name: 'point-cube',
    sql: BUILD_POINT_CUBE_SQL,
    rows: POINT_CUBE_ROWS,
    answers: pointCubeAnswers(filter),
  });
}
