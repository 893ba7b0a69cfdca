import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/features/filters/explore-filter';
import type { LoadedData } from '../../../src/features/link-check/missing-from-data';
import { missingFromData } from '../../../src/features/link-check/missing-from-data';
import { ignoredParams } from '../../../src/features/link-check/link-codecs';

const loaded: LoadedData = {
  months: ['2024-01', '2024-02', '2024-12'],
  categories: new Set(['asb', 'asb-personal', 'public-order']),
  sources: new Set(['police.uk']),
  districts: new Set(['Demo Borough']),
  layers: new Map([['Wards', new Set(['E05000001', 'E05000002'])]]),
};
const NO_AREA = { reportingMonth: null, layer: null, areaCode: null };

describe('what a link asks for that the loaded data does not have', () => {
  it('is nothing when every month, category, source and area is loaded', () => {
    const filter = {
      fromMonth: '2024-02',
      toMonth: '2024-12',
      categories: ['asb-personal'],
      sources: ['police.uk'],
      district: 'Demo Borough',
      countFrom: { asb: 'police.uk' },
    };
    expect(
      missingFromData(
        filter,
        { reportingMonth: '2024-02', layer: 'Wards', areaCode: 'E05000002' },
        loaded,
      ),
    ).toEqual([]);
  });

  it('names a month range outside the data with the range the data covers', () => {
    const filter = { ...NO_FILTER, fromMonth: '2025-06', toMonth: '2025-12' };
    expect(missingFromData(filter, NO_AREA, loaded)).toEqual([
      'This link asks for 2025-06 to 2025-12, but the data loaded covers 2024-01 to 2024-12.',
    ]);
    expect(missingFromData({ ...NO_FILTER, toMonth: '2023-12' }, NO_AREA, loaded)).toEqual([
      'This link asks for the first month to 2023-12, but the data loaded covers 2024-01 to 2024-12.',
    ]);
  });

  it('names a reporting month outside the data', () => {
    expect(missingFromData(NO_FILTER, { ...NO_AREA, reportingMonth: '2025-03' }, loaded)).toEqual([
      'This link asks for the reporting month 2025-03, but the data loaded covers 2024-01 to 2024-12.',
    ]);
  });

  it('names categories, sources and the area by what the analyst sees', () => {
    const filter = {
      ...NO_FILTER,
      categories: ['asb', 'hate-crime', 'arson-primary'],
      sources: ['Fire service'],
      district: 'Brimington',
    };
    expect(missingFromData(filter, NO_AREA, loaded)).toEqual([
      'This link asks for the categories ‘Hate crime’ and ‘Arson – primary’, which the data loaded does not have.',
      'This link asks for the source ‘Fire service’, which is not loaded.',
      'This link asks for the area ‘Brimington’, which the data loaded does not have.',
    ]);
  });

  it('names a counting source that is not loaded, and says the default counts instead', () => {
    const filter = { ...NO_FILTER, countFrom: { asb: 'Council ASB (ECINS)' } };
    expect(missingFromData(filter, NO_AREA, loaded)).toEqual([
      'This link counts Anti-social behaviour from ‘Council ASB (ECINS)’, which is not loaded: the default source counts it.',
    ]);
  });

  it('names a boundary layer that is not loaded, and an area its layer lacks', () => {
    expect(
      missingFromData(NO_FILTER, { ...NO_AREA, layer: 'LSOAs', areaCode: 'E01' }, loaded),
    ).toEqual([
      'This link asks for area ‘E01’ in the boundary layer ‘LSOAs’, which is not loaded.',
    ]);
    expect(missingFromData(NO_FILTER, { ...NO_AREA, areaCode: 'E05999999' }, loaded)).toEqual([
      'This link asks for area ‘E05999999’ in ‘Wards’, which that layer does not have.',
    ]);
    expect(missingFromData(NO_FILTER, NO_AREA, { ...loaded, layers: new Map() })).toEqual([]);
  });
});

describe('the parts of a link no view understands', () => {
  it('are listed by key and value; keys of no view, like demo, are left alone', () => {
    expect(ignoredParams('?demo=0&view=forecast&method=magic&from=2025-6&cat=asb')).toEqual([
      { key: 'view', value: 'forecast' },
      { key: 'from', value: '2025-6' },
      { key: 'method', value: 'magic' },
    ]);
  });
});
