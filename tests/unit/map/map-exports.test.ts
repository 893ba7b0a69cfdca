import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellPlaceLabel } from '../../../src/reports/hotspots/cell-place-names';
import { repeatLocationsCsv, topCellsCsv } from '../../../src/reports/hotspots/hotspot-csv';
import type { ExportContext } from '../../../src/reports/export-context';
import type { RepeatLocationsReport } from '../../../src/reports/repeat-locations-report';
import { roundScaleMetres } from '../../../src/features/map/map-image';

const context: ExportContext = {
  title: 'Hotspots: top cells',
  period: '2025-01 to 2025-12 (12 months with data)',
  area: 'Chesterfield',
  sources: 'police.uk',
  filters: 'Categories: Anti-social behaviour; Method: Grid counts, 250 m square cells',
};
const at = new Date('2026-12-02T15:00:00Z');
const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;

describe('hotspot exports', () => {
  it('name a cell by its streets with its index, or by its index alone', () => {
    expect(cellPlaceLabel({ ix: 2191, iy: 1855 }, 'Saltergate / Holywell Street', 'square')).toBe(
      'around Saltergate / Holywell Street (cell 2191, 1855)',
    );
    expect(cellPlaceLabel({ ix: 3, iy: -4 }, undefined, 'hexagon')).toBe('hexagon 3, -4');
  });

  it('top cells CSV opens with period, area, sources and filters, then the table, formula-safe', () => {
    const csv = topCellsCsv(
      context,
      [
        { ix: 2191, iy: 1855, place: 'around Saltergate (cell 2191, 1855)', count: 120, value: '' },
        { ix: 2190, iy: 1855, place: '=HYPERLINK("http://x")', count: 80, value: '' },
      ],
      'square',
      250,
      '',
      at,
    );
    const rows = parse(csv);
    expect(rows.slice(0, 6).map((r) => r[0])).toEqual([
      'Hotspots: top cells',
      'Period',
      'Area',
      'Sources',
      'Filters',
      'Exported',
    ]);
    expect(rows[1]?.[1]).toBe(context.period);
    expect(rows[5]?.[1]).toBe('2026-12-02 15:00 UTC');
    expect(rows[7]).toEqual([
      'Rank',
      'Place',
      'Cell ix',
      'Cell iy',
      'Cell size (m)',
      'SW corner easting',
      'SW corner northing',
      'Incidents',
    ]);
    expect(rows[8]).toEqual([
      '1',
      'around Saltergate (cell 2191, 1855)',
      '2191',
      '1855',
      '250',
      '547750',
      '463750',
      '120',
    ]);
    expect(rows[9]?.[1]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('repeat locations CSV leaves "previous 3 months" empty, not 0, when there were none', () => {
    const report: RepeatLocationsReport = {
      kind: 'street',
      months: ['2025-01', '2025-02', '2025-03'],
      lastThreeMonths: ['2025-01', '2025-02', '2025-03'],
      previousThreeMonths: [],
      trendAlpha: 0.05,
      locations: [
        {
          key: 'k',
          name: 'Saltergate',
          total: 30,
          points: 4,
          box: [0, 0, 0, 0],
          categoryMix: {},
          monthly: [10, 10, 10],
          lastThree: 30,
          previousThree: 0,
          trend: { tau: 0, p: 1, direction: 'no trend' },
        },
      ],
    };
    const rows = parse(repeatLocationsCsv({ ...context, title: 'Repeat locations' }, report, at));
    expect(rows[7]?.[1]).toBe('Street');
    expect(rows[8]?.slice(0, 5)).toEqual(['1', 'Saltergate', '30', '30', '']);
  });

  it('the map picture scale bar takes a round length', () => {
    expect(roundScaleMetres(730)).toBe(500);
    expect(roundScaleMetres(2600)).toBe(2000);
    expect(roundScaleMetres(140)).toBe(100);
  });
});
