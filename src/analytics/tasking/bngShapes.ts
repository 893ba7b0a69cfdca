/**
 * Planar shapes in British National Grid metres (EPSG:27700), declared here so the geometry
 * stays free of imports from outside analytics. They are the same shapes as the tasking
 * state's `BngRing` and `BngMultiPolygon`.
 */

/** [easting, northing] in metres. */
export type BngPoint = [number, number];
/** A ring of points; closed (last = first) or not, both are read the same. */
export type BngRing = BngPoint[];
/** Polygons, each an outer ring followed by its holes. */
export type BngMultiPolygon = BngRing[][];
/** [minEasting, minNorthing, maxEasting, maxNorthing]. */
export type BngBox = [number, number, number, number];
