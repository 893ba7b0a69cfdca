/** Partner agencies offered for a lead agency (free text is allowed too). */
export const AGENCIES = [
  'Borough council – community safety',
  'Borough council – housing',
  'Borough council – environmental services',
  'Police',
  'Fire and rescue',
  'County council – adult social care',
  'County council – children’s services',
  'Housing association',
  'Probation',
  'NHS',
] as const;

/** A datalist id to pair with an input offering {@link AGENCIES}. */
export const AGENCY_LIST_ID = 'tasking-agencies';
