/**
 * What someone reading a published table could do to uncover hidden counts, written
 * independently of the suppression code so the tests can catch it out.
 * Cells are those of the table with margins: counts, then each row's total as the last column,
 * each column's total as the last row, the grand total in the corner.
 */

/** Row, column and grand totals around the counts. */
export function withMargins(counts: readonly (readonly number[])[]): number[][] {
  const body = counts.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const width = body[0]?.length ?? 0;
  const totals = Array.from({ length: width }, (_, c) =>
    body.reduce((s, row) => s + (row[c] ?? 0), 0),
  );
  return [...body, totals];
}

/**
 * Repeatedly finds a row or column (counts plus total, including the totals row and column)
 * with exactly one hidden cell and works it out by subtraction; returns every cell recovered.
 */
export function recoverBySubtraction(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
): { row: number; column: number; value: number }[] {
  const known = hidden.map((row) => row.map((isHidden) => !isHidden));
  const recovered: { row: number; column: number; value: number }[] = [];
  const height = values.length;
  const width = values[0]?.length ?? 0;
  const lines = [
    ...Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => [r, c] as const),
    ),
    ...Array.from({ length: width }, (_, c) =>
      Array.from({ length: height }, (_, r) => [r, c] as const),
    ),
  ];
  for (let progress = true; progress;) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter(([r, c]) => !known[r]?.[c]);
      if (unknown.length !== 1) continue;
      const [r, c] = unknown[0] as readonly [number, number];
      // The last cell of every line is the total of the others.
      const parts = line.slice(0, -1).map(([pr, pc]) => values[pr]?.[pc] ?? 0);
      const total = values[line.at(-1)?.[0] ?? 0]?.[line.at(-1)?.[1] ?? 0] ?? 0;
      const isTotal = line.at(-1)?.[0] === r && line.at(-1)?.[1] === c;
      const knownSum = parts.reduce((s, v) => s + v, 0) - (isTotal ? 0 : (values[r]?.[c] ?? 0));
      const value = isTotal ? knownSum : total - knownSum;
      (known[r] as boolean[])[c] = true;
      recovered.push({ row: r, column: c, value });
      progress = true;
    }
  }
  return recovered;
}

/**
 * Hidden cells whose value follows from any combination of the totals (linear algebra): the
 * unit vector of the cell lies in the row space of the constraint equations over hidden cells.
 */
export function recoverByLinearAlgebra(
  hidden: readonly (readonly boolean[])[],
): [number, number][] {
  const unknowns: [number, number][] = [];
  hidden.forEach((row, r) => row.forEach((isHidden, c) => isHidden && unknowns.push([r, c])));
  const height = hidden.length;
  const width = hidden[0]?.length ?? 0;
  const equation = (onLine: (r: number, c: number) => boolean, totalAt: [number, number]) =>
    unknowns.map(([r, c]) => (onLine(r, c) ? (r === totalAt[0] && c === totalAt[1] ? -1 : 1) : 0));
  const equations = [
    ...Array.from({ length: height }, (_, row) => equation((r) => r === row, [row, width - 1])),
    ...Array.from({ length: width }, (_, col) => equation((_r, c) => c === col, [height - 1, col])),
  ];
  const baseRank = rank(equations);
  return unknowns.filter((_, i) => {
    const unit = unknowns.map((_u, j) => (j === i ? 1 : 0));
    return rank([...equations, unit]) === baseRank;
  });
}

function rank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let result = 0;
  for (let c = 0; c < columns && result < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= result && Math.abs(row[c] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[result], m[pivot]] = [m[pivot] as number[], m[result] as number[]];
    const pivotRow = m[result] as number[];
    for (let i = 0; i < m.length; i++) {
      const row = m[i] as number[];
      if (i === result || Math.abs(row[c] ?? 0) < 1e-9) continue;
      const factor = (row[c] ?? 0) / (pivotRow[c] ?? 1);
      for (let k = c; k < columns; k++) row[k] = (row[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
    result++;
  }
  return result;
}

/** A small seeded generator (mulberry32) so failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
