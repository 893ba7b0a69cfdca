/**
 * Test helpers for the demo dataset: generate into a temporary folder, read CSVs with an
 * independent parser (papaparse), count ASB per 250 m cell and compute Getis-Ord Gi*.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { toBng } from '../../../src/ingest/bng';
import type { DemoTruth } from '../../../scripts/demo-data/truth';
import { generateDemoData } from '../../../scripts/demo-data/write-dataset';

/** A generated dataset in a temporary folder. */
export interface TempDataset {
  dir: string;
  truth: DemoTruth;
  files: string[];
  remove(): Promise<void>;
}

/** Generates the dataset into a fresh temporary folder. */
export async function generateTemp(): Promise<TempDataset> {
  const dir = await mkdtemp(join(tmpdir(), 'demo-data-'));
  const { truth, files } = await generateDemoData(dir);
  return { dir, truth, files, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Reads a CSV file as rows of fields (header included) after decoding with `encoding`. */
export async function readCsv(path: string, encoding = 'utf-8'): Promise<string[][]> {
  const text = new TextDecoder(encoding).decode(await readFile(path));
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length > 0)
    throw new Error(`${path}: ${parsed.errors[0]?.message ?? 'parse error'}`);
  return parsed.data;
}

/** ASB counts per cell for one month, as a dense grid over the borough extent. */
export interface CellGrid {
  nx: number;
  ny: number;
  ix0: number;
  iy0: number;
  counts: Float64Array;
}

/** Counts the ASB rows of one police.uk month file per 250 m cell (rows without coordinates skipped). */
export async function asbGrid(dir: string, truth: DemoTruth, month: string): Promise<CellGrid> {
  const { minE, minN, maxE, maxN } = truth.extent;
  const size = truth.cellSize;
  const grid: CellGrid = {
    nx: (maxE - minE) / size,
    ny: (maxN - minN) / size,
    ix0: minE / size,
    iy0: minN / size,
    counts: new Float64Array(((maxE - minE) / size) * ((maxN - minN) / size)),
  };
  const rows = await readCsv(join(dir, 'policeuk', month, `${month}-demo-street.csv`));
  for (const row of rows.slice(1)) {
    if (row[9] !== 'Anti-social behaviour' || !row[4]) continue;
    const [e, n] = toBng(Number(row[4]), Number(row[5]));
    const x = Math.floor(e / size) - grid.ix0;
    const y = Math.floor(n / size) - grid.iy0;
    grid.counts[y * grid.nx + x] = (grid.counts[y * grid.nx + x] ?? 0) + 1;
  }
  return grid;
}

/** The count of one cell of a grid. */
export function countAt(grid: CellGrid, ix: number, iy: number): number {
  return grid.counts[(iy - grid.iy0) * grid.nx + (ix - grid.ix0)] ?? 0;
}

/** Getis-Ord Gi* z-score of a cell: binary queen weights including self (spdep localG, include.self). */
export function giStar(grid: CellGrid, ix: number, iy: number): number {
  const n = grid.counts.length;
  let sum = 0;
  let sumSq = 0;
  for (const v of grid.counts) {
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / n;
  const s = Math.sqrt(sumSq / n - mean * mean);
  let local = 0;
  let w = 0;
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      const x = ix - grid.ix0 + dx;
      const y = iy - grid.iy0 + dy;
      if (x < 0 || y < 0 || x >= grid.nx || y >= grid.ny) continue;
      local += grid.counts[y * grid.nx + x] ?? 0;
      w++;
    }
  }
  return (local - mean * w) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
}

/** Median of a list of numbers. */
export function median(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
