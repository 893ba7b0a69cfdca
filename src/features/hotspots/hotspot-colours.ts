import { INCIDENT_RAMP } from '../map/colour-scale';
import type { EmergingPattern } from '../../analytics/hotspots/emergingHotspotClass';
import type { HotspotClassCode } from '../../analytics/hotspots/hotspotClass';

export type Rgb = [number, number, number];

/** Diverging red/blue (ColorBrewer RdBu) for the Gi* classes, with their legend text. */
export const GI_CLASS_STYLES: readonly { code: HotspotClassCode; colour: Rgb; label: string }[] = [
  { code: 3, colour: [178, 24, 43], label: 'Hot spot, 99% confidence' },
  { code: 2, colour: [239, 138, 98], label: 'Hot spot, 95% confidence' },
  { code: 1, colour: [253, 219, 199], label: 'Hot spot, 90% confidence' },
  { code: -1, colour: [209, 229, 240], label: 'Cold spot, 90% confidence' },
  { code: -2, colour: [103, 169, 207], label: 'Cold spot, 95% confidence' },
  { code: -3, colour: [33, 102, 172], label: 'Cold spot, 99% confidence' },
];

/** Colour of a Gi* class code (grey for not significant). */
export function giClassColour(code: number): Rgb {
  return GI_CLASS_STYLES.find((s) => s.code === code)?.colour ?? [200, 200, 200];
}

/** Reds for hot patterns, blues for cold ones; the stronger the pattern, the darker. */
const PATTERN_COLOURS: Partial<Record<EmergingPattern, Rgb>> = {
  'new-hot-spot': [255, 0, 110],
  'consecutive-hot-spot': [215, 48, 31],
  'intensifying-hot-spot': [127, 0, 0],
  'persistent-hot-spot': [179, 0, 0],
  'diminishing-hot-spot': [252, 141, 89],
  'sporadic-hot-spot': [253, 187, 132],
  'oscillating-hot-spot': [231, 41, 138],
  'historical-hot-spot': [166, 118, 29],
  'new-cold-spot': [0, 160, 255],
  'consecutive-cold-spot': [33, 113, 181],
  'intensifying-cold-spot': [8, 48, 107],
  'persistent-cold-spot': [8, 81, 156],
  'diminishing-cold-spot': [107, 174, 214],
  'sporadic-cold-spot': [158, 202, 225],
  'oscillating-cold-spot': [117, 112, 179],
  'historical-cold-spot': [27, 158, 119],
};

export function patternColour(pattern: EmergingPattern): Rgb {
  return PATTERN_COLOURS[pattern] ?? [200, 200, 200];
}

/** Yellow → red (YlOrRd) for counts and densities, by share of the maximum. */
const SEQUENTIAL: readonly Rgb[] = INCIDENT_RAMP;

/** Class breaks of a value scale from 0 to `max` (square-root spaced: counts are skewed). */
export function sequentialBreaks(max: number): { from: number; to: number; colour: Rgb }[] {
  const n = SEQUENTIAL.length;
  return SEQUENTIAL.map((colour, i) => ({
    from: max * (i / n) ** 2,
    to: max * ((i + 1) / n) ** 2,
    colour,
  }));
}

export function sequentialColour(value: number, max: number): Rgb {
  const n = SEQUENTIAL.length;
  const at = max > 0 ? Math.min(n - 1, Math.floor(Math.sqrt(Math.max(0, value) / max) * n)) : 0;
  return SEQUENTIAL[at] as Rgb;
}

export const rgbCss = (rgb: Rgb) => `rgb(${rgb.join(',')})`;

/** A class of a choropleth: values in [from, to] take `colour`. */
export interface ColourClass {
  from: number;
  to: number;
  colour: Rgb;
}

/**
 * Quantile classes (equal numbers of areas per colour, up to 6) for a choropleth, so areas of
 * similar rates still show their order; ties collapse into fewer classes.
 */
export function quantileClasses(values: readonly number[]): ColourClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const n = Math.min(SEQUENTIAL.length, sorted.length);
  const classes: ColourClass[] = [];
  for (let k = 0; k < n; k++) {
    const from = sorted[Math.floor((k * sorted.length) / n)] as number;
    const to = sorted[Math.floor(((k + 1) * sorted.length) / n) - 1] as number;
    const last = classes[classes.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else classes.push({ from, to, colour: [0, 0, 0] });
  }
  const step = classes.length > 1 ? (SEQUENTIAL.length - 1) / (classes.length - 1) : 0;
  classes.forEach((c, k) => (c.colour = SEQUENTIAL[Math.round(k * step)] as Rgb));
  return classes;
}

/** Colour of a value in quantile classes (the last class whose start it reaches). */
export function classColour(value: number, classes: readonly ColourClass[]): Rgb {
  let colour: Rgb = classes[0]?.colour ?? [200, 200, 200];
  for (const c of classes) if (value >= c.from) colour = c.colour;
  return colour;
}
