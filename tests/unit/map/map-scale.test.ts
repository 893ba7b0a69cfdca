import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckConnector } from '../../../src/db/connector';
import { initialiseDatabase } from '../../../src/db/init';
import { openNodeDuck } from '../../../src/db/node';
import { mapScale } from '../../../src/reports/map-scale';
import type { IncidentFilter } from '../../../src/sql/filters';
import { whereIncidents } from '../../../src/sql/filters';
import { mapPointsSql } from '../../../src/sql/map-points';
import { loadDemoMonths } from '../../support/demo-months';

const MONTHS = ['2025-10', '2025-11', '2025-12'];
let db: DuckConnector;

beforeAll(async () => {
  db = await initialiseDatabase(await openNodeDuck());
  await loadDemoMonths(db, MONTHS);
});
afterAll(async () => {
  await db?.close();
});

/** The scale worked out by DuckDB alone: quantile_cont over locations, over months with data. */
async function scaleInSql(filter: IncidentFilter): Promise<{ ceiling: number; max: number }> {
  const where = whereIncidents({ ...filter, fromMonth: null, toMonth: null });
  const [row] = await db.query<{ ceiling: number; max: number }>(`WITH per_point AS (
  SELECT count(*) AS n FROM incidents WHERE unlocated_reason IS NULL AND ${where}
  GROUP BY longitude, latitude
), months AS (SELECT count(DISTINCT month) AS m FROM incidents WHERE ${where})
SELECT coalesce(quantile_cont(n, 0.99), 1)::DOUBLE / greatest((SELECT m FROM months), 1) AS ceiling,
  coalesce(max(n), 1)::DOUBLE / greatest((SELECT m FROM months), 1) AS max FROM per_point`);
  return row ?? { ceiling: NaN, max: NaN };
}

describe('the map colour scale from the whole period’s locations', () => {
  it('equals the 99th percentile and maximum per location per month, whatever the month range', async () => {
    const filters: IncidentFilter[] = [
      {},
      { categories: ['asb'] },
      { fromMonth: '2025-11', toMonth: '2025-11', categories: ['public-order', 'other-crime'] },
      { categories: ['hate-incident'] },
    ];
    for (const filter of filters) {
      const rest = { ...filter, fromMonth: null, toMonth: null };
      const columns = await db.queryColumns(mapPointsSql(rest));
      const counts = Float64Array.from(columns.count as ArrayLike<number>);
      const scale = await mapScale(db, filter, counts);
      const reference = await scaleInSql(filter);
      expect(scale.ceiling, JSON.stringify(filter)).toBeCloseTo(reference.ceiling, 12);
      expect(scale.max, JSON.stringify(filter)).toBeCloseTo(reference.max, 12);
    }
    const all = await scaleInSql({});
    expect(all.max).toBeGreaterThan(all.ceiling);
    expect(all.ceiling).toBeGreaterThan(1 / 3);
  });
});
