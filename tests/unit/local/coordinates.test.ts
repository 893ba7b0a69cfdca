import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../../src/ingest/local/coordinates';
import { gridSquareOrigin, parseGridReference } from '../../../src/ingest/local/grid-reference';

function grid(text: string): [number, number] | string {
  const parsed = parseGridReference(text);
  return parsed.ok ? [parsed.value.easting, parsed.value.northing] : parsed.reason;
}

describe('OS grid references', () => {
  it.each([
    ['452123 380456', [452123, 380456]],
    ['452123,380456', [452123, 380456]],
    ['452123380456', [452123, 380456]],
    ['SK5212380456', [452123, 380456]],
    ['SK 52123 80456', [452123, 380456]],
    ['sk 521 804', [452100, 380400]],
    ['SK52', [450000, 320000]],
    ['TQ 30080 80070', [530080, 180070]],
    ['NN 16600 71200', [216600, 771200]],
    ['HU 4000 4000', [440000, 1140000]],
    ['SV 9000 1000', [90000, 10000]],
  ])('%s → %j', (text, expected) => {
    expect(grid(text)).toEqual(expected);
  });

  it('knows the 100 km squares', () => {
    expect(gridSquareOrigin('SK')).toEqual({ easting: 400000, northing: 300000 });
    expect(gridSquareOrigin('TG')).toEqual({ easting: 600000, northing: 300000 });
    expect(gridSquareOrigin('II')).toBeNull();
  });

  it.each([
    ['ZZ123456', /not an OS grid square/],
    ['SK 1234 567', /same number of digits/],
    ['SK12345', /odd number of digits/],
    ['near the church', /not in a known form/],
  ])('%s is not a grid reference', (text, reason) => {
    expect(grid(text)).toMatch(reason);
  });
});

describe('placing a row', () => {
  it('keeps both systems for eastings/northings and longitude/latitude', () => {
    const fromGrid = resolveLocation({ easting: '435120', northing: '336240' });
    expect(fromGrid.unlocatedReason).toBeNull();
    expect(fromGrid.longitude).toBeCloseTo(-1.48, 1);
    expect(fromGrid.latitude).toBeCloseTo(52.92, 1);
    const fromLonLat = resolveLocation({ longitude: '-1.4765', latitude: '52.9225' });
    expect(fromLonLat.easting).toBeGreaterThan(434000);
    expect(fromLonLat.easting).toBeLessThan(437000);
  });

  it.each([
    [{ easting: '0', northing: '0' }, 'coordinates are 0,0', true],
    [
      { easting: '912345', northing: '336000' },
      'easting/northing outside the British National Grid',
      true,
    ],
    [{ easting: '435120' }, 'only one coordinate', true],
    [{ longitude: '0', latitude: '0' }, 'coordinates are 0,0', true],
    [{ longitude: '2.35', latitude: '48.85' }, 'coordinates outside Great Britain', true],
    [{ longitude: '52.92', latitude: '-1.47' }, 'longitude and latitude look swapped', true],
    [{ longitude: 'n/a', latitude: 'n/a' }, 'longitude/latitude are not numbers', true],
    [{}, 'no coordinates', false],
  ])('%j is unlocated: %s', (cells, reason, impossible) => {
    expect(resolveLocation(cells)).toMatchObject({ unlocatedReason: reason, impossible });
  });
});
