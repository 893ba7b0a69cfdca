import { fromBng, toBng } from '../bng';
import { parseGridReference } from './grid-reference';

/** Where an incident is, or why it cannot be placed on the map. */
export interface ResolvedLocation {
  longitude: number;
  latitude: number;
  easting: number;
  northing: number;
  /** Null when the incident can be mapped. */
  unlocatedReason: string | null;
  /** True when coordinates were given but are impossible (listed in the validation report). */
  impossible: boolean;
}

/** The raw coordinate cells of one row (undefined when the column is not mapped). */
export interface CoordinateCells {
  easting?: string;
  northing?: string;
  gridReference?: string;
  longitude?: string;
  latitude?: string;
}

/** British National Grid's extent (Great Britain with its islands), in metres. */
const BNG_LIMITS = { east: 700_000, north: 1_300_000 };
/** Great Britain with a margin, in WGS84 (the same box as the police.uk loader). */
const GB_BOUNDS = { west: -8.8, east: 2.0, south: 49.7, north: 61.0 };

function unlocated(reason: string, impossible: boolean): ResolvedLocation {
  return {
    longitude: NaN,
    latitude: NaN,
    easting: NaN,
    northing: NaN,
    unlocatedReason: reason,
    impossible,
  };
}

function number(text: string): number {
  const cleaned = text
    .trim()
    .replace(/^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/, (s) => s.replaceAll(',', ''));
  return cleaned === '' ? NaN : Number(cleaned);
}

function fromGrid(easting: number, northing: number): ResolvedLocation {
  if (!Number.isFinite(easting) || !Number.isFinite(northing))
    return unlocated('easting/northing are not numbers', true);
  if (easting === 0 && northing === 0) return unlocated('coordinates are 0,0', true);
  if (easting <= 0 || northing <= 0 || easting >= BNG_LIMITS.east || northing >= BNG_LIMITS.north) {
    return unlocated('easting/northing outside the British National Grid', true);
  }
  const [longitude, latitude] = fromBng(easting, northing);
  return { longitude, latitude, easting, northing, unlocatedReason: null, impossible: false };
}

function fromLonLat(longitude: number, latitude: number): ResolvedLocation {
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude))
    return unlocated('longitude/latitude are not numbers', true);
  if (longitude === 0 && latitude === 0) return unlocated('coordinates are 0,0', true);
  const b = GB_BOUNDS;
  const inside = (lon: number, lat: number): boolean =>
    lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
  if (!inside(longitude, latitude)) {
    const reason = inside(latitude, longitude)
      ? 'longitude and latitude look swapped'
      : 'coordinates outside Great Britain';
    return unlocated(reason, true);
  }
  const [easting, northing] = toBng(longitude, latitude);
  return { longitude, latitude, easting, northing, unlocatedReason: null, impossible: false };
}

function pair(a: string | undefined, b: string | undefined): 'both' | 'one' | 'none' {
  const has = (v: string | undefined): boolean => v !== undefined && v.trim() !== '';
  return has(a) && has(b) ? 'both' : has(a) || has(b) ? 'one' : 'none';
}

/**
 * Places one row: easting/northing first, then a grid reference, then longitude/latitude; both
 * coordinate systems are returned. Impossible coordinates (0,0, outside Great Britain, out of
 * the grid's range, not numbers) leave the row unlocated with the reason, never dropped.
 */
export function resolveLocation(cells: CoordinateCells): ResolvedLocation {
  const grid = pair(cells.easting, cells.northing);
  if (grid === 'both')
    return fromGrid(number(cells.easting as string), number(cells.northing as string));
  if (cells.gridReference !== undefined && cells.gridReference.trim() !== '') {
    const ref = parseGridReference(cells.gridReference);
    return ref.ok ? fromGrid(ref.value.easting, ref.value.northing) : unlocated(ref.reason, true);
  }
  const lonLat = pair(cells.longitude, cells.latitude);
  if (lonLat === 'both')
    return fromLonLat(number(cells.longitude as string), number(cells.latitude as string));
  if (grid === 'one' || lonLat === 'one') return unlocated('only one coordinate', true);
  return unlocated('no coordinates', false);
}
