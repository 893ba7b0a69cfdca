/** Yellow → red ramp (ColorBrewer YlOrRd, 6 classes) as RGB. */
export const INCIDENT_RAMP: [number, number, number][] = [
  [255, 237, 160],
  [254, 217, 118],
  [254, 178, 76],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

/**
 * Colour for a value on a fixed 0…ceiling scale (values above the ceiling take the top colour).
 * The ceiling comes from the whole period, so a colour means the same thing in any month range.
 */
export function rampColour(value: number, ceiling: number): [number, number, number] {
  const classes = INCIDENT_RAMP.length;
  const at = ceiling <= 0 ? 0 : Math.min(classes - 1, Math.floor((value / ceiling) * classes));
  return INCIDENT_RAMP[Math.max(0, at)] as [number, number, number];
}

/** Class breaks of the ramp for a legend: [from, to) pairs. */
export function rampBreaks(ceiling: number): { from: number; to: number; colour: string }[] {
  const classes = INCIDENT_RAMP.length;
  return INCIDENT_RAMP.map((rgb, i) => ({
    from: (ceiling * i) / classes,
    to: i === classes - 1 ? Infinity : (ceiling * (i + 1)) / classes,
    colour: `rgb(${rgb.join(',')})`,
  }));
}
