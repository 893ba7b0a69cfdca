import { describe, expect, it } from 'vitest';
import type { HexOrientation } from '../../../src/analytics/hotspots/hexBins';
import { hexBins } from '../../../src/analytics/hotspots/hexBins';

function scatter(count: number): { e: Float64Array; n: Float64Array } {
  const e = new Float64Array(count);
  const n = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    e[i] = 437_000 + ((i * 7919) % 2003) * 1.7;
    n[i] = 371_000 + ((i * 104729) % 1999) * 1.3;
  }
  return { e, n };
}

describe.each<HexOrientation>(['pointy', 'flat'])('%s-top hexagon bins', (orientation) => {
  const { e, n } = scatter(3000);
  const bins = hexBins(e, n, 150, orientation);

  it('counts every point once', () => {
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('puts each point in the hexagon with the nearest centre', () => {
    for (let i = 0; i < 3000; i += 37) {
      let nearest = Infinity;
      for (let k = 0; k < bins.counts.length; k++) {
        const d = Math.hypot(
          (bins.centreEastings[k] as number) - (e[i] as number),
          (bins.centreNorthings[k] as number) - (n[i] as number),
        );
        nearest = Math.min(nearest, d);
      }
      expect(nearest).toBeLessThanOrEqual(150);
    }
  });

  it('spaces neighbouring centres √3 × radius apart', () => {
    let closest = Infinity;
    for (let k = 1; k < bins.counts.length; k++) {
      closest = Math.min(
        closest,
        Math.hypot(
          (bins.centreEastings[k] as number) - (bins.centreEastings[0] as number),
          (bins.centreNorthings[k] as number) - (bins.centreNorthings[0] as number),
        ),
      );
    }
    expect(closest).toBeCloseTo(150 * Math.sqrt(3), 6);
  });
});
