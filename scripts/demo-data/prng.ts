/**
 * A small seeded pseudo-random number generator (mulberry32) with the few distributions the
 * demo-data generator needs. Deterministic: the same seed always gives the same sequence, on every
 * platform, because it only uses 32-bit integer arithmetic and IEEE doubles.
 */

/** A seeded random source. Every method advances the same underlying stream. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to `weights[i]` (weights ≥ 0, sum > 0). */
  weightedIndex(weights: readonly number[]): number;
  /** Standard normal deviate (Box–Muller). */
  normal(): number;
  /** Poisson deviate with mean `lambda` (exact for small means, normal approximation above 40). */
  poisson(lambda: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /**
   * A new independent generator seeded from this generator's seed and a label (not from its current
   * position), so each part of the dataset keeps its stream when another part changes.
   */
  fork(label: string): Rng;
}

/** Hashes a string to a 32-bit unsigned integer (FNV-1a), to derive sub-seeds from labels. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    uniform: (min, max) => min + (max - min) * next(),
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() from an empty array');
      return item;
    },
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] ?? 0;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    poisson(lambda) {
      if (lambda <= 0) return 0;
      if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    chance: (p) => next() < p,
    fork: (label) => createRng(hashString(`${seed >>> 0}:${label}`)),
  };
  return rng;
}
