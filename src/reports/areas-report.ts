import type { DuckConnector } from '../db/connector';
import type { IncidentFilter } from '../sql/filters';
import { hotspotUnlocatedSql } from '../sql/hotspots';
import {
  areaCountsSql,
  dropStagedAreasSql,
  insertPointAreasSql,
  POINT_AREAS_DDL,
  unassignedPointsSql,
} from '../sql/areas';
import type { AreaPolygon } from './polygon-lookup';
import { areaContaining } from './polygon-lookup';

/** A boundary layer ready for counting: its name (the key in point_areas) and polygons. */
export interface AreaLayer {
  name: string;
  areas: AreaPolygon[];
}

/**
 * Assigns every located point not yet assigned for this layer to the polygon containing it
 * (box prefilter, then the even–odd test of `pointInPolygon`) and stores it in `point_areas`.
 * Returns how many points were newly assigned.
 */
export async function assignPointAreas(db: DuckConnector, layer: AreaLayer): Promise<number> {
  await db.exec(POINT_AREAS_DDL);
  const points = await db.queryColumns(unassignedPointsSql(layer.name));
  const longitude = (points.longitude as Float64Array | undefined) ?? new Float64Array();
  const latitude = (points.latitude as Float64Array | undefined) ?? new Float64Array();
  if (longitude.length === 0 || layer.areas.length === 0) return 0;
  const areaIndex = new Float64Array(longitude.length);
  for (let i = 0; i < longitude.length; i++)
    areaIndex[i] = areaContaining(layer.areas, longitude[i] as number, latitude[i] as number);
  await db.createTableFromColumns('staged_point_areas', {
    longitude,
    latitude,
    area_index: areaIndex,
  });
  await db.createTableFromColumns('staged_areas', {
    area_code: layer.areas.map((a) => a.code),
    area_name: layer.areas.map((a) => a.name),
    area_index: layer.areas.map((_, i) => i),
  });
  await db.exec(insertPointAreasSql(layer.name, 'staged_point_areas', 'staged_areas'));
  await db.exec(dropStagedAreasSql('staged_point_areas', 'staged_areas'));
  return longitude.length;
}

/** Residents per area code, from a CSV with a code column and a population column. */
export function parsePopulationCsv(text: string): Map<string, number> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const codeColumn = header.findIndex((h) =>
    ['code', 'area code', 'lsoa', 'lsoa code', 'lsoa11cd', 'lsoa21cd', 'ward code'].includes(h),
  );
  const populationColumn = header.findIndex((h) => h === 'population' || h === 'residents');
  if (codeColumn < 0 || populationColumn < 0)
    throw new Error(
      'population CSV: need a code column (code, LSOA, Area code) and a Population column',
    );
  const population = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const fields = splitCsvLine(line);
    const people = Number(fields[populationColumn]?.replaceAll(',', ''));
    const code = fields[codeColumn]?.trim();
    if (code && Number.isFinite(people)) population.set(code, people);
  }
  return population;
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** Counts and rates for one area. */
export interface AreaCount {
  code: string;
  name: string;
  count: number;
  population: number | null;
  /** Incidents per 1,000 residents over the filter's months, when the population is known. */
  ratePer1000: number | null;
}

/** Counts by area of a layer, every area listed (zeros included), busiest first. */
export interface AreasReport {
  layer: string;
  areas: AreaCount[];
  /** Located incidents in none of the areas. */
  outsideAreas: number;
  unlocated: number;
}

/** Filter → point_areas join → counts and rates per area (population from the CSV or the file). */
export async function areasReport(
  db: DuckConnector,
  filter: IncidentFilter,
  layer: AreaLayer,
  population: ReadonlyMap<string, number> = new Map(),
): Promise<AreasReport> {
  await assignPointAreas(db, layer);
  const rows = await db.query<{ area_code: string | null; count: number }>(
    areaCountsSql(filter, layer.name),
  );
  const [unlocated] = await db.query<{ unlocated: number }>(hotspotUnlocatedSql(filter));
  const counts = new Map(rows.map((r) => [r.area_code, r.count]));
  const areas = layer.areas.map((area): AreaCount => {
    const count = counts.get(area.code) ?? 0;
    const people = population.get(area.code) ?? area.population;
    return {
      code: area.code,
      name: area.name,
      count,
      population: people,
      ratePer1000: people && people > 0 ? (1000 * count) / people : null,
    };
  });
  areas.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    layer: layer.name,
    areas,
    outsideAreas: counts.get(null) ?? 0,
    unlocated: unlocated?.unlocated ?? 0,
  };
}
