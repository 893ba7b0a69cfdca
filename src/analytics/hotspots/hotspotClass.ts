/**
 * Gi* confidence classes, coded −3…3 so that a grid of classes fits in an Int8Array:
 * 3 = hot spot at 99% confidence … −3 = cold spot at 99%; 0 = not significant.
 */
export type HotspotClassCode = -3 | -2 | -1 | 0 | 1 | 2 | 3;

/** Code for cells outside the study area. */
export const OUTSIDE_STUDY_AREA = -128;

/** Label of each class, as shown in the legend. */
export type HotspotClassLabel =
  | 'hot-99'
  | 'hot-95'
  | 'hot-90'
  | 'not-significant'
  | 'cold-90'
  | 'cold-95'
  | 'cold-99'
  | 'outside-study-area';

const LABELS: Record<HotspotClassCode, HotspotClassLabel> = {
  3: 'hot-99',
  2: 'hot-95',
  1: 'hot-90',
  0: 'not-significant',
  [-1]: 'cold-90',
  [-2]: 'cold-95',
  [-3]: 'cold-99',
};

/** The class of a cell from its z-score and the p-value to judge it by. */
export function hotspotClassCode(z: number, p: number): HotspotClassCode {
  if (!(p < 0.1) || z === 0) return 0;
  const level = p < 0.01 ? 3 : p < 0.05 ? 2 : 1;
  return (z > 0 ? level : -level) as HotspotClassCode;
}

/** Legend label for a class code. */
export function hotspotClassLabel(code: number): HotspotClassLabel {
  if (code === OUTSIDE_STUDY_AREA) return 'outside-study-area';
  return LABELS[code as HotspotClassCode] ?? 'not-significant';
}
