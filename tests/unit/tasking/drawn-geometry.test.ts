import { describe, expect, it } from 'vitest';
import { toBng } from '../../../src/ingest/bng';
import { bngToLonLat, lonLatToBng } from '../../../src/tasking/drawn-geometry';
import {
  emptyTaskingState,
  parseTaskingState,
  serializeTaskingState,
} from '../../../src/tasking/state-file';
import { nominateTarget } from '../../../src/tasking/target-lifecycle';

/** A polygon drawn around Chesterfield market, left open as a drawing tool may. */
const DRAWN = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [-1.4295, 53.2355],
      [-1.4255, 53.2355],
      [-1.4255, 53.2375],
      [-1.4295, 53.2375],
    ],
  ],
};

describe('drawn polygons to and from British National Grid', () => {
  it('projects each vertex with the ingest projection, to the centimetre, and closes the ring', () => {
    const shape = lonLatToBng(DRAWN);
    const ring = shape[0]?.[0] ?? [];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    const [e, n] = toBng(-1.4295, 53.2355);
    expect(ring[0]?.[0]).toBeCloseTo(e, 2);
    expect(ring[0]?.[1]).toBeCloseTo(n, 2);
    // Chesterfield lies near 438 km E, 371 km N.
    expect(Math.round(e / 1000)).toBe(438);
    expect(Math.round(n / 1000)).toBe(371);
  });

  it('comes back to the drawn degrees within about a centimetre', () => {
    const back = bngToLonLat(lonLatToBng(DRAWN));
    expect(back.type).toBe('MultiPolygon');
    back.coordinates[0]?.[0]?.slice(0, 4).forEach(([lon, lat], k) => {
      expect(Math.abs((lon as number) - (DRAWN.coordinates[0]?.[k]?.[0] as number))).toBeLessThan(
        2e-7,
      );
      expect(Math.abs((lat as number) - (DRAWN.coordinates[0]?.[k]?.[1] as number))).toBeLessThan(
        2e-7,
      );
    });
  });

  it('a drawn target is stored in BNG and survives the state file', () => {
    const now = new Date('2025-06-10T14:00:00.000Z');
    const { state } = nominateTarget(
      emptyTaskingState(now),
      { name: 'Market Place', geometry: lonLatToBng(DRAWN), origin: { kind: 'drawn', ref: null } },
      'Analyst',
      '2025-06',
      now,
    );
    expect(parseTaskingState(serializeTaskingState(state, now))).toEqual({
      ok: true,
      state,
      migratedFrom: null,
    });
  });
});
