import Papa from 'papaparse';

/**
 * What a reader of the board's CSV could do to uncover hidden counts, written without the
 * suppression code: read the published grid, then solve the row, column and grand-total
 * equations by subtraction and by full linear algebra.
 */

/** The published grid with margins: numbers, or null where the marker stands. */
export interface PublishedGrid {
  rowLabels: string[];
  columnLabels: string[];
  /** (rows + 1) × (columns + 1): the last column holds row totals, the last row column totals. */
  values: (number | null)[][];
}

/** Reads the board CSV: header, one line per area, the "Total" line; the notice after it is skipped. */
export function readPublishedCsv(csv: string, marker = '*'): PublishedGrid {
  const lines = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const [header, ...rest] = lines;
  if (!header) throw new Error('empty CSV');
  const totalAt = rest.findIndex((l) => l[0] === 'Total');
  if (totalAt < 0) throw new Error('no Total line');
  const body = rest.slice(0, totalAt + 1);
  const parse = (text: string | undefined): number | null => {
    if (text === marker) return null;
    if (text === undefined || !/^\d+$/.test(text)) throw new Error(`not a count: ${text}`);
    return Number(text);
  };
  return {
    rowLabels: body.slice(0, -1).map((l) => l[0] ?? ''),
    columnLabels: header.slice(1, -1),
    values: body.map((l) => l.slice(1).map(parse)),
  };
}

/** Every equation of the grid: the cells of a line minus its total equal zero. */
function equations(grid: PublishedGrid): [number, number, number][][] {
  const height = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  const rows = Array.from({ length: height }, (_, r) =>
    Array.from(
      { length: width },
      (_, c) => [r, c, c === width - 1 ? -1 : 1] as [number, number, number],
    ),
  );
  const columns = Array.from({ length: width }, (_, c) =>
    Array.from(
      { length: height },
      (_, r) => [r, c, r === height - 1 ? -1 : 1] as [number, number, number],
    ),
  );
  return [...rows, ...columns];
}

/** Solves any line with one hidden cell, over and over; returns what was worked out. */
export function subtractionAttack(
  grid: PublishedGrid,
): { row: number; column: number; value: number }[] {
  const values = grid.values.map((row) => [...row]);
  const found: { row: number; column: number; value: number }[] = [];
  const lines = equations(grid);
  for (let progress = true; progress;) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter(([r, c]) => values[r]?.[c] === null);
      if (unknown.length !== 1) continue;
      const [r, c, sign] = unknown[0] as [number, number, number];
      const known = line
        .filter(([lr, lc]) => lr !== r || lc !== c)
        .reduce((sum, [lr, lc, s]) => sum + s * (values[lr]?.[lc] ?? 0), 0);
      const value = -known / sign;
      (values[r] as (number | null)[])[c] = value;
      found.push({ row: r, column: c, value });
      progress = true;
    }
  }
  return found;
}

/**
 * Hidden cells fixed by some combination of the equations: reduce the system over the hidden
 * cells to row echelon form; a cell is fixed when a reduced equation involves it alone.
 */
export function linearAlgebraAttack(grid: PublishedGrid): { row: number; column: number }[] {
  const hidden: [number, number][] = [];
  grid.values.forEach((row, r) => row.forEach((v, c) => v === null && hidden.push([r, c])));
  const index = new Map(hidden.map(([r, c], i) => [`${r},${c}`, i]));
  const matrix = equations(grid)
    .map((line) => {
      const coefficients = new Array<number>(hidden.length).fill(0);
      for (const [r, c, s] of line) {
        const i = index.get(`${r},${c}`);
        if (i !== undefined) coefficients[i] = s;
      }
      return coefficients;
    })
    .filter((row) => row.some((v) => v !== 0));
  const pivotRows: number[][] = [];
  for (let column = 0, next = 0; column < hidden.length && next < matrix.length; column++) {
    const pivot = matrix.findIndex((row, i) => i >= next && Math.abs(row[column] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [matrix[next], matrix[pivot]] = [matrix[pivot] as number[], matrix[next] as number[]];
    const lead = matrix[next] as number[];
    const scale = lead[column] ?? 1;
    for (let j = 0; j < lead.length; j++) lead[j] = (lead[j] ?? 0) / scale;
    matrix.forEach((row, i) => {
      const factor = row[column] ?? 0;
      if (i === next || Math.abs(factor) < 1e-12) return;
      for (let j = 0; j < row.length; j++) row[j] = (row[j] ?? 0) - factor * (lead[j] ?? 0);
    });
    pivotRows.push(lead);
    next++;
  }
  return pivotRows
    .map((row) => row.flatMap((v, i) => (Math.abs(v) > 1e-9 ? [i] : [])))
    .filter((nonZero) => nonZero.length === 1)
    .map(([i]) => {
      const [row, column] = hidden[i as number] as [number, number];
      return { row, column };
    });
}
