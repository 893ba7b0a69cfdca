import { describe, expect, it } from 'vitest';
import { BOARD_PERIOD_URL } from '../../../src/features/board/board-url';
import { EXPLORE_URL } from '../../../src/features/explore/explore-url';
import { NO_FILTER } from '../../../src/features/filters/explore-filter';
import type { ExploreFilter } from '../../../src/features/filters/explore-filter';
import { FILTER_URL } from '../../../src/features/filters/filter-url';
import type { HotspotViewState } from '../../../src/features/hotspots/hotspot-url';
import { DEFAULT_SETTINGS, HOTSPOT_URL } from '../../../src/features/hotspots/hotspot-url';
import { placeId } from '../../../src/features/hotspots/place-id';
import { DRILL_URL } from '../../../src/features/trends/drill-url';
import { REPORTING_URL } from '../../../src/features/trends/reporting-url';
import type { UrlCodec } from '../../../src/features/url-state/url-codec';
import { readableSearch } from '../../../src/features/url-state/url-location';
import { VIEW_URL } from '../../../src/features/view-url';

/** The query text a codec writes for a value, on top of `base`. */
function written<T>(codec: UrlCodec<T>, value: T, base = ''): string {
  const params = new URLSearchParams(base);
  codec.write(value, params);
  return readableSearch(params);
}

function roundTrip<T>(codec: UrlCodec<T>, value: T) {
  return codec.parse(new URLSearchParams(written(codec, value)));
}

const NO_HOTSPOT_CHOICE: HotspotViewState = {
  settings: DEFAULT_SETTINGS,
  cell: null,
  place: null,
  area: null,
};

describe('the filters in the address', () => {
  const filter: ExploreFilter = {
    fromMonth: '2025-06',
    toMonth: '2025-12',
    categories: ['asb', 'criminal-damage-arson'],
    sources: ['police.uk', 'Fire, rescue'],
    district: 'Demo Borough',
    countFrom: { asb: 'police.uk', 'criminal-damage-arson': 'Fire: rescue' },
  };

  it('reads back what it wrote, in short readable keys', () => {
    expect(written(FILTER_URL, filter)).toBe(
      '?from=2025-06&to=2025-12&cat=asb&cat=criminal-damage-arson&source=police.uk&source=Fire,+rescue&area=Demo+Borough&count=asb:police.uk&count=criminal-damage-arson:Fire:+rescue',
    );
    expect(roundTrip(FILTER_URL, filter)).toEqual({ value: filter, ignored: [] });
  });

  it('reads the counting source per category, ignoring sub-categories, unknown ids and repeats', () => {
    const parsed = FILTER_URL.parse(
      new URLSearchParams(
        'count=asb:council&count=asb:police.uk&count=asb-nuisance:council&count=burglary:x&count=asb',
      ),
    );
    expect(parsed.value.countFrom).toEqual({ asb: 'council' });
    expect(parsed.ignored.map((i) => i.value)).toEqual([
      'asb:police.uk',
      'asb-nuisance:council',
      'burglary:x',
      'asb',
    ]);
  });

  it('leaves out every default and keeps keys that are not its own', () => {
    expect(written(FILTER_URL, NO_FILTER, '?demo=0&from=2024-01&cat=asb')).toBe('?demo=0');
  });

  it('ignores and reports what it cannot use, keeping the rest', () => {
    const parsed = FILTER_URL.parse(
      new URLSearchParams('from=2025-13&to=2025-02&cat=asb&cat=burglary&cat=asb&area='),
    );
    expect(parsed.value).toEqual({ ...NO_FILTER, toMonth: '2025-02', categories: ['asb'] });
    expect(parsed.ignored).toEqual([
      { key: 'from', value: '2025-13' },
      { key: 'cat', value: 'burglary' },
      { key: 'area', value: '' },
    ]);
  });
});

describe('the Hotspots view in the address', () => {
  it('writes nothing for the starting view (Gi*, automatic cells, FDR on)', () => {
    expect(written(HOTSPOT_URL, NO_HOTSPOT_CHOICE)).toBe('');
  });

  it('round-trips a method, its parameters and the chosen cell', () => {
    const state: HotspotViewState = {
      settings: {
        ...DEFAULT_SETTINGS,
        method: 'patterns',
        cellSize: 250,
        fdr: false,
        alpha: 0.01,
        useStudyArea: false,
        areaLayer: 'Demo Borough wards',
      },
      cell: { ix: 1790, iy: 1520, cellSize: 250 },
      place: null,
      area: null,
    };
    expect(written(HOTSPOT_URL, state)).toBe(
      '?method=patterns&size=250&study=off&fdr=off&alpha=0.01&layer=Demo+Borough+wards&cell=1790,1520@250',
    );
    expect(roundTrip(HOTSPOT_URL, state)).toEqual({ value: state, ignored: [] });
  });

  it('round-trips KDE bandwidth, hexagons, streets and a chosen place or area', () => {
    const state: HotspotViewState = {
      settings: { ...DEFAULT_SETTINGS, method: 'repeat', bandwidthAdjust: 1.5 },
      cell: null,
      place: placeId('On or near Foundry Row @ -1.283025,53.288090'),
      area: 'E05900001',
    };
    expect(roundTrip(HOTSPOT_URL, state).value).toEqual(state);
    const hex = { ...NO_HOTSPOT_CHOICE, settings: { ...DEFAULT_SETTINGS, cellShape: 'hexagon' } };
    expect(roundTrip(HOTSPOT_URL, hex as HotspotViewState).value).toEqual(hex);
  });

  it('keeps the location itself out of the address', () => {
    const key = 'On or near Foundry Row @ -1.283025,53.288090';
    const text = written(HOTSPOT_URL, { ...NO_HOTSPOT_CHOICE, place: placeId(key) });
    expect(text).toMatch(/^\?place=[0-9a-f]{8}$/);
    expect(text).not.toContain('Foundry');
  });

  it('falls back to the defaults for methods, sizes and cells it does not know', () => {
    const parsed = HOTSPOT_URL.parse(
      new URLSearchParams('method=magic&size=333&alpha=0.2&bw=1.5&cell=12,x@250&fdr=maybe'),
    );
    expect(parsed.value).toEqual({
      ...NO_HOTSPOT_CHOICE,
      settings: { ...DEFAULT_SETTINGS, bandwidthAdjust: 1.5 },
    });
    expect(parsed.ignored.map((p) => p.key)).toEqual(['method', 'size', 'fdr', 'alpha', 'cell']);
  });
});

describe('the view, the reporting choice, the drill-down, the board and the map layers', () => {
  it('names the view except the first', () => {
    expect(written(VIEW_URL, 'explore')).toBe('');
    expect(written(VIEW_URL, 'hotspots')).toBe('?view=hotspots');
    expect(written(VIEW_URL, 'tasking')).toBe('?view=tasking');
    expect(VIEW_URL.parse(new URLSearchParams('view=forecast'))).toEqual({
      value: 'explore',
      ignored: [{ key: 'view', value: 'forecast' }],
    });
  });

  it('round-trips a reporting choice and leaves the defaults out', () => {
    const choice = { reportingMonth: '2025-03', yearStartMonth: 1, areaLevel: 'lsoa' as const };
    expect(written(REPORTING_URL, choice)).toBe('?month=2025-03&year=calendar&level=lsoa');
    expect(roundTrip(REPORTING_URL, choice).value).toEqual(choice);
    const latest = { reportingMonth: null, yearStartMonth: 4, areaLevel: null };
    expect(written(REPORTING_URL, latest)).toBe('');
    expect(REPORTING_URL.parse(new URLSearchParams('year=lunar&level=wards')).value).toEqual(
      latest,
    );
  });

  it('drills into known categories only', () => {
    expect(roundTrip(DRILL_URL, 'public-order').value).toBe('public-order');
    expect(DRILL_URL.parse(new URLSearchParams('drill=shoplifting')).ignored).toHaveLength(1);
  });

  it('round-trips the board comparison and the Explore layers', () => {
    expect(written(BOARD_PERIOD_URL, 'rolling12Months')).toBe('');
    expect(roundTrip(BOARD_PERIOD_URL, 'yearToDate').value).toBe('yearToDate');
    expect(written(EXPLORE_URL, { density: true, points: true })).toBe('');
    expect(roundTrip(EXPLORE_URL, { density: false, points: true }).value).toEqual({
      density: false,
      points: true,
    });
  });
});
