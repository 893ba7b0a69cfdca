import { Float64, Int32, Table, Utf8, makeVector, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowToColumns, arrowToRows } from '../../../src/db/arrow-rows';

describe('Arrow results as columns', () => {
  it('reads numbers across chunks and slices, nulls as NaN and 64-bit integers as numbers', () => {
    const eastings = vectorFromArray([438000.5, null, 438100.25], new Float64()).concat(
      vectorFromArray([438200, 438300, 438400, 438500], new Float64()).slice(1, 3),
    );
    const counts = makeVector(new BigInt64Array([1n, 2n, 3n, 4n, 5n]));
    const months = vectorFromArray([24300, 24301, null, 24303, 24304], new Int32());
    const names = vectorFromArray(['a', null, 'c', 'd', 'e'], new Utf8());
    const table = new Table({ easting: eastings, count: counts, month: months, name: names });
    const columns = arrowToColumns(table);
    expect(Array.from(columns.easting as Float64Array)).toEqual([
      438000.5,
      NaN,
      438100.25,
      438300,
      438400,
    ]);
    expect(Array.from(columns.count as Float64Array)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(columns.month as Float64Array)).toEqual([24300, 24301, NaN, 24303, 24304]);
    expect(columns.name).toEqual(['a', null, 'c', 'd', 'e']);
  });

  it('gives the same values as rows', () => {
    const table = new Table({
      n: vectorFromArray([1, null, 3], new Int32()),
      s: vectorFromArray(['x', 'y', null], new Utf8()),
    });
    expect(arrowToRows(table)).toEqual([
      { n: 1, s: 'x' },
      { n: null, s: 'y' },
      { n: 3, s: null },
    ]);
  });
});
