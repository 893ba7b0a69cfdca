import { describe, expect, it } from 'vitest';
import {
  quantileBySelection,
  quantileSorted,
  sortedFinite,
} from '../../../src/analytics/hotspots/quantile';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('quantile by selection', () => {
  it('equals the sorted quantile for sizes 1–2,000, with ties, at every probability used', () => {
    const next = random(7);
    for (const n of [1, 2, 3, 10, 101, 999, 2000]) {
      for (const distinct of [2, 17, 1e9]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(next() * distinct));
        const sorted = sortedFinite(values);
        for (const p of [0, 0.01, 0.25, 0.5, 0.99, 1]) {
          expect(quantileBySelection(values.slice(), p), `n ${n}, p ${p}`).toBe(
            quantileSorted(sorted, p),
          );
        }
      }
    }
  });

  it('is NaN for no values', () => {
    expect(quantileBySelection(new Float64Array(), 0.5)).toBeNaN();
  });
});
