/** Plain-language help for each figure on the Tasking screens, one or two sentences each. */
export const STAT_HELP = {
  score:
    'How strongly the analysis suggests this place: mostly its harm-weighted count in the recent months, raised by significance, a rising pattern and an exceedance signal.',
  harmWeighted:
    'Each incident counted by its harm weight (for example personal ASB 3, nuisance 2, environmental 1), so a few serious incidents can outrank many minor ones.',
  rateRatio:
    'Incidents per month now divided by incidents per month before: 2 means twice as many, 0.5 half as many. The 95% interval is the range the true ratio is likely to lie in; if it includes 1 the change may be chance.',
  giStar:
    'Getis-Ord Gi*: whether the place and its neighbours together have more incidents than chance would give. 99% means a pattern this strong would arise by chance less than 1 time in 100.',
  spaceTime:
    'How the hotspot has behaved month by month: new, intensifying, persistent, diminishing and so on (emerging hot spot analysis).',
  exceedance:
    'The latest month is outside the normal month-to-month variation of this place (an XmR chart signal), not just noise.',
  buffer:
    'A ring around the target. If incidents there rise while the target falls, the problem may have moved (displacement); if they fall too, the benefit may have spread (diffusion).',
  control:
    'The rest of the area, to show what happened anyway (seasons, recording changes) without the tasking.',
  wdq: 'Weighted Displacement Quotient: above 0, the buffer improved too (diffusion of benefit); between 0 and −1, some displacement but less than the gain; below −1, more displacement than gain. Only meaningful when the target improved relative to the control.',
  missingMonths: 'Months with no data at all are left out of every count, never counted as zero.',
} as const;
