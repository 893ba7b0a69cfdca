import { signedRingArea } from '../analytics/tasking/polygonArea';
import type { BngMultiPolygon, MonthId } from './tasking-state';

/** A field of a tasking state that is missing or wrong: `path` names it, e.g. "targets[2].geometry". */
export class StateFieldError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'StateFieldError';
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** BNG's false origin puts all of Great Britain within 0–700 km east and 0–1,300 km north. */
const BNG_RANGE = { minE: 0, maxE: 800_000, minN: 0, maxN: 1_400_000 };

/** Describes a value for a message: "a string", "null", "an array"… */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value} ${String(value)}`;
}

/** A JSON object (not null, not a list). */
export function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new StateFieldError(path, `expected an object, found ${kindOf(value)}`);
  return value as Record<string, unknown>;
}

/** A JSON list. */
export function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value))
    throw new StateFieldError(path, `expected a list, found ${kindOf(value)}`);
  return value;
}

/** Text; with `nonEmpty`, not blank. */
export function expectString(
  value: unknown,
  path: string,
  options: { nonEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string')
    throw new StateFieldError(path, `expected text, found ${kindOf(value)}`);
  if (options.nonEmpty && value.trim() === '') throw new StateFieldError(path, 'must not be empty');
  return value;
}

/** Text or null. */
export function expectNullableString(value: unknown, path: string): string | null {
  return value === null ? null : expectString(value, path);
}

/** A finite number, optionally whole and within bounds. */
export function expectNumber(
  value: unknown,
  path: string,
  options: { min?: number; max?: number; integer?: boolean } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new StateFieldError(path, `expected a number, found ${kindOf(value)}`);
  if (options.integer && !Number.isInteger(value))
    throw new StateFieldError(path, `expected a whole number, found ${value}`);
  if (options.min !== undefined && value < options.min)
    throw new StateFieldError(path, `must be at least ${options.min}, found ${value}`);
  if (options.max !== undefined && value > options.max)
    throw new StateFieldError(path, `must be at most ${options.max}, found ${value}`);
  return value;
}

/** A month as YYYY-MM. */
export function expectMonth(value: unknown, path: string): MonthId {
  if (typeof value !== 'string' || !MONTH.test(value))
    throw new StateFieldError(path, `expected a month as YYYY-MM, found ${kindOf(value)}`);
  return value;
}

/** A month as YYYY-MM, or null. */
export function expectNullableMonth(value: unknown, path: string): MonthId | null {
  return value === null ? null : expectMonth(value, path);
}

/** An ISO 8601 date-time, e.g. 2025-07-03T09:30:00.000Z. */
export function expectDateTime(value: unknown, path: string): string {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d\d-\d\dT/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new StateFieldError(path, `expected a date and time (ISO 8601), found ${kindOf(value)}`);
  return value;
}

/** One of the listed words. */
export function expectOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new StateFieldError(
      path,
      `expected one of ${allowed.join(', ')}, found ${kindOf(value)}`,
    );
  return value as T;
}

/**
 * A target's geometry: at least one polygon, each of rings (outer first, then holes) of at least
 * four [easting, northing] positions in BNG metres, closed (last = first) and with an area.
 * Returns a fresh copy holding only the numbers.
 */
export function expectBngMultiPolygon(value: unknown, path: string): BngMultiPolygon {
  const polygons = expectArray(value, path);
  if (polygons.length === 0) throw new StateFieldError(path, 'has no polygon');
  return polygons.map((polygonValue, p) => {
    const polygonPath = `${path}[${p}]`;
    const rings = expectArray(polygonValue, polygonPath);
    if (rings.length === 0) throw new StateFieldError(polygonPath, 'has no ring');
    return rings.map((ringValue, r) => {
      const ringPath = `${polygonPath}[${r}]`;
      const positions = expectArray(ringValue, ringPath);
      if (positions.length < 4)
        throw new StateFieldError(
          ringPath,
          `a ring needs at least 4 positions, found ${positions.length}`,
        );
      const ring = positions.map((positionValue, k): [number, number] => {
        const positionPath = `${ringPath}[${k}]`;
        const position = expectArray(positionValue, positionPath);
        if (position.length !== 2)
          throw new StateFieldError(
            positionPath,
            `expected [easting, northing], found ${position.length} numbers`,
          );
        const easting = expectNumber(position[0], `${positionPath}[0]`);
        const northing = expectNumber(position[1], `${positionPath}[1]`);
        if (
          easting < BNG_RANGE.minE ||
          easting > BNG_RANGE.maxE ||
          northing < BNG_RANGE.minN ||
          northing > BNG_RANGE.maxN
        )
          throw new StateFieldError(
            positionPath,
            `${easting}, ${northing} is not in British National Grid metres (Great Britain)`,
          );
        return [easting, northing];
      });
      const first = ring[0] as [number, number];
      const last = ring[ring.length - 1] as [number, number];
      if (first[0] !== last[0] || first[1] !== last[1])
        throw new StateFieldError(
          ringPath,
          'the ring is not closed (its last position must equal its first)',
        );
      if (Math.abs(signedRingArea(ring)) < 1)
        throw new StateFieldError(
          ringPath,
          'the ring has no area (under 1 m²): are its positions in degrees, not metres?',
        );
      return ring;
    });
  });
}
