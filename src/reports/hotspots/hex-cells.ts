import { hexBins } from '../../analytics/hotspots/hexBins';
import { fromBng } from '../../ingest/bng';
import type { BoundaryPredicate } from '../../analytics/hotspots/cellGrid';
import type { DrawnArrays } from './drawn-cells';

const SQRT3 = Math.sqrt(3);

/** Radius (centre to corner) of the hexagon with the area of a square of side `cellSize`. */
export function hexRadiusForCell(cellSize: number): number {
  // Hexagon area (3√3/2)·r² = cellSize².
  return cellSize * Math.sqrt(2 / (3 * SQRT3));
}

/**
 * Pointy-top hexagons with the area of a `cellSize` square over the points; with a `studyArea`
 * only the hexagons whose centre lies inside it are kept (the rule for square cells).
 * `ix`, `iy` are each hexagon's axial coordinates (q, r), the value its count; `counted` is
 * the number of points in the kept hexagons.
 */
export function drawnHexagons(
  eastings: Float64Array,
  northings: Float64Array,
  cellSize: number,
  studyArea: BoundaryPredicate | null,
): { cells: DrawnArrays; counted: number } {
  const radius = hexRadiusForCell(cellSize);
  const bins = hexBins(eastings, northings, radius, 'pointy');
  const kept: number[] = [];
  for (let k = 0; k < bins.counts.length; k++) {
    if (
      !studyArea ||
      studyArea(bins.centreEastings[k] as number, bins.centreNorthings[k] as number)
    )
      kept.push(k);
  }
  const n = kept.length;
  const out: DrawnArrays = {
    ix: new Int32Array(n),
    iy: new Int32Array(n),
    count: Float64Array.from(kept, (k) => bins.counts[k] as number),
    value: Float64Array.from(kept, (k) => bins.counts[k] as number),
    code: new Int16Array(n),
    cornersPerCell: 6,
    corners: new Float64Array(n * 12),
  };
  let counted = 0;
  for (let k = 0; k < n; k++) {
    const bin = kept[k] as number;
    const ce = bins.centreEastings[bin] as number;
    const cn = bins.centreNorthings[bin] as number;
    counted += bins.counts[bin] as number;
    const r = Math.round(cn / (1.5 * radius));
    out.iy[k] = r;
    out.ix[k] = Math.round(ce / (SQRT3 * radius) - r / 2);
    for (let j = 0; j < 6; j++) {
      const angle = (Math.PI / 180) * (60 * j - 30);
      const [lon, lat] = fromBng(ce + radius * Math.cos(angle), cn + radius * Math.sin(angle));
      out.corners[k * 12 + j * 2] = lon;
      out.corners[k * 12 + j * 2 + 1] = lat;
    }
  }
  return { cells: out, counted };
}
