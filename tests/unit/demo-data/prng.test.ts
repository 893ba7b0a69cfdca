import { describe, expect, it } from 'vitest';
import { gridSquareLetters, lettered10Figure } from '../../../scripts/demo-data/os-grid-ref';
import { createRng } from '../../../scripts/demo-data/prng';

describe('seeded PRNG', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('forks by label independently of how far the parent has run', () => {
    const a = createRng(7);
    const b = createRng(7);
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('draws Poisson counts with about the right mean', () => {
    const rng = createRng(1);
    for (const lambda of [0.5, 6, 120]) {
      let sum = 0;
      for (let i = 0; i < 20000; i++) sum += rng.poisson(lambda);
      expect(sum / 20000).toBeCloseTo(lambda, lambda < 10 ? 1 : 0);
    }
  });
});

describe('OS grid references', () => {
  it('letters the 100 km squares', () => {
    expect(gridSquareLetters(452123, 380456)).toBe('SK');
    expect(gridSquareLetters(530000, 180000)).toBe('TQ');
    expect(gridSquareLetters(325000, 673000)).toBe('NT');
    expect(lettered10Figure(452123, 380456)).toBe('SK5212380456');
  });
});
