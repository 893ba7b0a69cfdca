/** Side, steps and counts of a 100 × 100 cell, 36-month cube of pseudo-random counts with a few growing clusters. */
export const CUBE_SIDE = 100;
export const CUBE_STEPS = 36;

/** The same counts on every call, for Node and Chromium benchmarks to compare. */
export function syntheticCubeCounts(): Float64Array {
  const cells = CUBE_SIDE * CUBE_SIDE;
  const counts = new Float64Array(cells * CUBE_STEPS);
  let state = 7;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let step = 0; step < CUBE_STEPS; step++) {
    for (let cell = 0; cell < cells; cell++)
      counts[step * cells + cell] = Math.floor(random() ** 4 * 4);
    for (let k = 0; k < 20; k++) counts[step * cells + k * 497] = 5 + (k % 3) * step * 0.5;
  }
  return counts;
}
