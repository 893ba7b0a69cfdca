import { NICE_CELL_SIZES } from '../../analytics/hotspots/cellSize';

/** Cell sizes offered in metres (automatic is the other choice). */
export const CELL_CHOICES: readonly number[] = NICE_CELL_SIZES.filter((s) => s >= 100 && s <= 2000);

/** Levels offered for a hot/cold step in the space-time analysis. */
export const ALPHA_CHOICES: readonly number[] = [0.01, 0.05, 0.1];

/** Multipliers offered on the KDE rule-of-thumb bandwidth. */
export const BANDWIDTH_CHOICES: readonly number[] = [0.25, 0.5, 1, 1.5, 2];
