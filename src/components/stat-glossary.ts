/**
 * Plain-language help for the statistics chairs and board members meet, one or two sentences
 * each, no jargon. Shown beside the figure it explains (see StatHelp).
 */
export const STAT_GLOSSARY = {
  rateRatio: {
    title: 'Rate ratio and its interval',
    text: 'Incidents per month now divided by incidents per month before: 2 means twice as many, 0.5 half as many. The 95% interval is the range the true figure very likely lies in; when it includes 1, the change could be chance.',
  },
  exceedance: {
    title: 'Exceedance (XmR chart)',
    text: 'Each month against the normal month-to-month ups and downs of the series. A coloured point is a month, or a run of months, unlikely to be ordinary variation: worth asking what changed. Grey points are normal variation, even when they look high.',
  },
  seasonalExceedance: {
    title: 'Exceedance against the season',
    text: 'The same chart after allowing for the time of year: each month is divided by how busy that calendar month usually is (from the years loaded), so a normal summer rise is not flagged and only an unusual summer is.',
  },
  giStar: {
    title: 'Gi* hotspots and FDR',
    text: 'Gi* asks whether a cell and its neighbours together have more incidents than chance would give. Because thousands of cells are tested, the False Discovery Rate correction keeps the share of hotspots that are flukes below 5%.',
  },
  suppression: {
    title: 'Hidden figures',
    text: 'Small counts in small areas can identify people, so they are hidden. Where a hidden figure could be worked out from a total, one more figure is hidden too; the totals that are shown are still correct.',
  },
} as const;

export type StatTerm = keyof typeof STAT_GLOSSARY;
