/**
 * The shape of data/demo/truth.json — the planted truth that tests and demos check against — and
 * its assembly from the generated parts.
 */
import { fromBng } from '../../src/ingest/bng';
import type { BoroughAreas } from './areas';
import {
  BOROUGH_NAME,
  CELL_SIZE,
  EXTENT,
  FORCE_NAME,
  DATASET_SEED,
  type CellIndex,
  type DemoMonth,
} from './borough';
import { ASB, SEASONAL_EFFECTS } from './crime-types';
import type { BadRow, LocalFileSummary } from './local-common';
import { PLANTED_PATTERNS, patternCentre, type ExpectedHotSpotClass } from './planted-patterns';
import type { PoliceUkMonth } from './policeuk-months';

/** One planted hotspot as recorded in truth.json. */
export interface TruthPattern {
  id: string;
  name: string;
  description: string;
  crimeType: string;
  expectedClass: ExpectedHotSpotClass;
  cells: CellIndex[];
  centre: { easting: number; northing: number; longitude: number; latitude: number };
  /** Months ('YYYY-MM') with planted incidents expected. */
  monthsActive: string[];
  /** Expected extra incidents per cell, one per month of `months`. */
  expectedPerCellPerMonth: number[];
  /** Planted rows actually written (all cells together), one per month of `months`. */
  plantedRowsPerMonth: number[];
}

/** The whole of truth.json. */
export interface DemoTruth {
  name: string;
  synthetic: true;
  notice: string;
  seed: number;
  crs: 'EPSG:27700';
  cellSize: number;
  extent: { minE: number; minN: number; maxE: number; maxN: number };
  extentLonLat: { west: number; south: number; east: number; north: number };
  months: string[];
  force: string;
  snapPoints: number;
  areas: { wards: number; lsoas: number; population: number };
  patterns: TruthPattern[];
  /** How to read the patterns when checking an analysis against them. */
  patternNote: string;
  /** Multipliers on the background, January first (planted hotspots are not seasonal). */
  seasonality: { crimeType: string; description: string; multipliersJanToDec: number[] }[];
  policeUk: {
    files: string[];
    rows: number;
    rowsPerMonth: Record<string, number>;
    rowsPerCrimeType: Record<string, number>;
    rowsPerMonthAndType: Record<string, Record<string, number>>;
    noLocationRows: number;
    noLocationRowsPerMonth: Record<string, number>;
    duplicateAsbRows: number;
  };
  local: { files: LocalFileSummary[]; badRows: BadRow[] };
}

/** Assembles truth.json from the generated parts. */
export function buildTruth(
  months: readonly DemoMonth[],
  areas: BoroughAreas,
  snapPoints: number,
  policeUk: readonly { file: string; month: PoliceUkMonth }[],
  local: readonly { summary: LocalFileSummary; badRows: BadRow[] }[],
): DemoTruth {
  const corners = [
    fromBng(EXTENT.minE, EXTENT.minN),
    fromBng(EXTENT.maxE, EXTENT.minN),
    fromBng(EXTENT.maxE, EXTENT.maxN),
    fromBng(EXTENT.minE, EXTENT.maxN),
  ];
  const r6 = (v: number): number => Math.round(v * 1e6) / 1e6;
  const rowsPerCrimeType: Record<string, number> = {};
  for (const { month } of policeUk) {
    for (const [type, n] of Object.entries(month.rowsByType))
      rowsPerCrimeType[type] = (rowsPerCrimeType[type] ?? 0) + n;
  }
  const byMonth = <T>(f: (m: PoliceUkMonth) => T): Record<string, T> =>
    Object.fromEntries(policeUk.map(({ month }) => [month.month, f(month)]));
  return {
    name: BOROUGH_NAME,
    synthetic: true,
    notice: 'Entirely synthetic: invented places, areas, codes and incidents. Not real data.',
    seed: DATASET_SEED,
    crs: 'EPSG:27700',
    cellSize: CELL_SIZE,
    extent: { ...EXTENT },
    extentLonLat: {
      west: r6(Math.min(...corners.map((c) => c[0]))),
      south: r6(Math.min(...corners.map((c) => c[1]))),
      east: r6(Math.max(...corners.map((c) => c[0]))),
      north: r6(Math.max(...corners.map((c) => c[1]))),
    },
    months: months.map((m) => m.label),
    force: FORCE_NAME,
    snapPoints,
    areas: {
      wards: areas.wards.length,
      lsoas: areas.lsoas.length,
      population: areas.lsoas.reduce((sum, l) => sum + l.population, 0),
    },
    patterns: PLANTED_PATTERNS.map((p) => {
      const [easting, northing] = patternCentre(p);
      const [lon, lat] = fromBng(easting, northing);
      return {
        id: p.id,
        name: p.name,
        description: p.description,
        crimeType: ASB,
        expectedClass: p.expectedClass,
        cells: p.cells.map((c) => ({ ix: c.ix, iy: c.iy })),
        centre: { easting, northing, longitude: r6(lon), latitude: r6(lat) },
        monthsActive: months.filter((m) => (p.ratePerCell[m.index] ?? 0) > 0).map((m) => m.label),
        expectedPerCellPerMonth: [...p.ratePerCell],
        plantedRowsPerMonth: policeUk.map(({ month }) => month.plantedByPattern[p.id] ?? 0),
      };
    }),
    patternNote:
      'Per-month Gi* (queen + self) spills over: cells adjacent (queen) to a planted cluster may ' +
      'also be flagged, usually sporadic or historical. No cell more than one cell away from a ' +
      'planted cluster is designed to be hot; the background seldom passes z = 4.',
    seasonality: SEASONAL_EFFECTS.map((s) => ({
      crimeType: s.crimeType,
      description: s.description,
      multipliersJanToDec: [...s.multipliers],
    })),
    policeUk: {
      files: policeUk.map((p) => p.file),
      rows: policeUk.reduce((sum, p) => sum + p.month.rows, 0),
      rowsPerMonth: byMonth((m) => m.rows),
      rowsPerCrimeType: Object.fromEntries(
        Object.entries(rowsPerCrimeType).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
      rowsPerMonthAndType: byMonth((m) => m.rowsByType),
      noLocationRows: policeUk.reduce((sum, p) => sum + p.month.noLocationRows, 0),
      noLocationRowsPerMonth: byMonth((m) => m.noLocationRows),
      duplicateAsbRows: policeUk.reduce((sum, p) => sum + p.month.duplicateAsbRows, 0),
    },
    local: { files: local.map((l) => l.summary), badRows: local.flatMap((l) => l.badRows) },
  };
}
