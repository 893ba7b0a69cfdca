/**
 * Nearest-snap-point lookup on a 250 m bucket grid, and the list of snap points in each cell.
 */
import { CELL_SIZE, cellKey, type CellIndex } from './borough';
import type { SnapPoint } from './snap-points';

/** Finds snap points near a location. */
export class SnapIndex {
  private readonly buckets = new Map<string, SnapPoint[]>();

  /** Indexes the given points by their 250 m cell. */
  constructor(points: readonly SnapPoint[]) {
    for (const p of points) {
      const key = cellKey(p.cell);
      const list = this.buckets.get(key);
      if (list) list.push(p);
      else this.buckets.set(key, [p]);
    }
  }

  /** Snap points whose cell is `cell` (may be empty). */
  inCell(cell: CellIndex): readonly SnapPoint[] {
    return this.buckets.get(cellKey(cell)) ?? [];
  }

  /** The snap point nearest to a BNG location (ties go to the lower id). */
  nearest(easting: number, northing: number): SnapPoint {
    const cx = Math.floor(easting / CELL_SIZE);
    const cy = Math.floor(northing / CELL_SIZE);
    let best: SnapPoint | undefined;
    let bestD = Infinity;
    for (let ring = 0; ring < 64; ring++) {
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          for (const p of this.inCell({ ix: cx + dx, iy: cy + dy })) {
            const d = (p.easting - easting) ** 2 + (p.northing - northing) ** 2;
            if (d < bestD || (d === bestD && best !== undefined && p.id < best.id)) {
              bestD = d;
              best = p;
            }
          }
        }
      }
      // Any point in a ring further out is at least ring × CELL_SIZE away.
      if (best && Math.sqrt(bestD) <= ring * CELL_SIZE) return best;
    }
    if (!best) throw new Error('no snap points');
    return best;
  }
}
